/**
 * User-facing text in Simplified Chinese (default) and English. Each module ships
 * {@code i18n/<module-id>.properties} (Chinese) and {@code i18n/<module-id>_en.properties}.
 */
package org.dealerplatform.core.i18n;
