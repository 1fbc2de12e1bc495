/**
 * QR codes drawn on the server, shared by every printed thing that carries one: the survey posters
 * of the survey module and the award certificates of the competition module.
 */
package org.dealerplatform.core.qr;
