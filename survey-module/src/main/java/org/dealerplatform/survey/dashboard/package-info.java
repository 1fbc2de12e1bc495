/**
 * Console dashboards for shop managers, group admins and the association, with server-drawn SVG
 * charts, and the hot-alert figures of the period when the alerts module is there and the group
 * enabled it ({@code AlertSections}, through core's {@code AlertFiguresReader}).
 */
package org.dealerplatform.survey.dashboard;
