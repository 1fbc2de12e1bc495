/** How answers become scores: item, dimension and overall scores on 0-100, and NPS. See docs/METHODOLOGY.md. */
package org.dealerplatform.survey.scoring;
