package org.dealerplatform.core.directory;

import java.util.Locale;
import org.dealerplatform.core.mail.MailAddress;

/**
 * One person to mail: their login name (for logs and the console, never a secret), their checked
 * address, and the language they chose in their account ({@code zh-CN} when they chose none).
 */
public record StaffContact(String username, MailAddress email, Locale locale) {
}
