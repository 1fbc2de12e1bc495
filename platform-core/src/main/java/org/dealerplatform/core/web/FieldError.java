package org.dealerplatform.core.web;

/** One invalid input field, named as the client sent it. */
public record FieldError(String field, String message) {
}
