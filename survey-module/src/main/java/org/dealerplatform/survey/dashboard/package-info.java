/** Console dashboards for shop managers, group admins and the association, with server-drawn SVG charts. */
package org.dealerplatform.survey.dashboard;
