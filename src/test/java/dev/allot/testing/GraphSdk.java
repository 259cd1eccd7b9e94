package dev.allot.testing;

import java.net.URI;
import java.util.Map;

import com.microsoft.graph.core.requests.BaseGraphRequestAdapter;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;

/** The official Microsoft Graph Java SDK, pointed at an Allot server: only the base URL and token change. */
public final class GraphSdk {

    private GraphSdk() {
    }

    public static GraphServiceClient client(int port, String token) {
        AccessTokenProvider tokens = new AccessTokenProvider() {
            private final AllowedHostsValidator hosts = new AllowedHostsValidator("127.0.0.1", "localhost");

            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                return token;
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return hosts;
            }
        };
        BaseBearerTokenAuthenticationProvider auth = new BaseBearerTokenAuthenticationProvider(tokens);
        return new GraphServiceClient(new BaseGraphRequestAdapter(auth, "http://127.0.0.1:" + port + "/v1.0"));
    }
}
