package org.dealerplatform.survey.collection;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a form post to {@code POST /s/{token}} was sent from the platform's own survey page,
 * so that another site cannot make its visitors' browsers submit answers. Browsers say where a
 * post comes from in {@code Origin} (and {@code Referer}; the survey pages send it to their own
 * origin only): a foreign one is refused. When a browser sends neither (or {@code Origin: null},
 * which a foreign page can also cause), only the page view's form token proves the post: it is
 * bound to the browser's device marker, a same-site cookie another site's post does not carry.
 */
public final class FormOrigins {

    public enum Decision {
        /** Origin (or Referer) is the platform's own. */
        SAME_ORIGIN,
        /** No usable Origin or Referer, but a valid form token. */
        FORM_TOKEN,
        /** Origin or Referer names another site. */
        FOREIGN,
        /** Neither a usable Origin or Referer nor a valid form token. */
        UNPROVEN;

        public boolean accepted() {
            return this == SAME_ORIGIN || this == FORM_TOKEN;
        }
    }

    private FormOrigins() {
    }

    /**
     * @param own the platform's origins ({@code PUBLIC_BASE_URL}'s and the request's own), as
     *            {@code scheme://host[:port]}, in any case, default ports optional
     */
    public static Decision check(String origin, String referer, Collection<String> own, boolean formTokenValid) {
        String claimed = origin == null || origin.isBlank() || origin.strip().equals("null") ? null : origin.strip();
        if (claimed == null && referer != null && !referer.isBlank()) {
            claimed = referer.strip();
        }
        if (claimed != null) {
            Optional<String> from = normalized(claimed);
            boolean ours = from.isPresent() && own.stream().map(FormOrigins::normalized)
                    .anyMatch(o -> o.equals(from));
            return ours ? Decision.SAME_ORIGIN : Decision.FOREIGN;
        }
        return formTokenValid ? Decision.FORM_TOKEN : Decision.UNPROVEN;
    }

    /** {@code scheme://host[:port]} in lower case, the scheme's default port left out; empty when it is no http(s) URL. */
    static Optional<String> normalized(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
