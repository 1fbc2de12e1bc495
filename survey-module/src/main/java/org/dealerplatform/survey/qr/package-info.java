/**
 * Survey links and their QR codes: one unguessable token per shop (and optionally per advisor),
 * rendered as PNG, SVG and a printable A4 poster. Rotating revokes the shop's codes.
 */
package org.dealerplatform.survey.qr;
