/** Registers the survey module with the platform and holds its configuration. */
package org.dealerplatform.survey.module;
