package dev.allot.graph.batch;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedCaseInsensitiveMap;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * One batched request as a servlet request of its own: its method, path, query, headers and body, and its own
 * attributes, so that nothing Spring caches on one request leaks into another. The connection (host, scheme,
 * remote address) and the session are the batch's.
 */
public final class SubRequest extends HttpServletRequestWrapper {

    private static final String MARKER = SubRequest.class.getName();

    private final BatchItem item;
    private final byte[] body;
    private final Map<String, List<String>> headers = new LinkedCaseInsensitiveMap<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private final ServletInputStream input;
    private String characterEncoding;

    SubRequest(HttpServletRequest batch, BatchItem item, byte[] body) {
        super(batch);
        this.item = item;
        this.body = body;
        this.input = new BodyStream(new ByteArrayInputStream(body));
        // the batch's credentials stand for every request in it, as in Graph
        String authorization = batch.getHeader("Authorization");
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        item.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        if (body.length > 0 && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", List.of(MediaType.APPLICATION_JSON_VALUE));
        }
        attributes.put(MARKER, Boolean.TRUE);
    }

    /** Whether the request is one of a batch (a batch inside a batch is refused). */
    public static boolean isSubRequest(HttpServletRequest request) {
        return request.getAttribute(MARKER) != null;
    }

    // ---- what was requested

    @Override
    public String getMethod() {
        return item.method();
    }

    @Override
    public String getRequestURI() {
        return getContextPath() + item.url().encodedPath();
    }

    @Override
    public StringBuffer getRequestURL() {
        String batchUrl = super.getRequestURL().toString();
        String origin = batchUrl.substring(0, batchUrl.length() - super.getRequestURI().length());
        return new StringBuffer(origin).append(getRequestURI());
    }

    /** Spring's DispatcherServlet is mapped to "/", where the servlet path is the whole path. */
    @Override
    public String getServletPath() {
        return item.url().path();
    }

    @Override
    public String getPathInfo() {
        return null;
    }

    @Override
    public String getQueryString() {
        return item.url().queryString();
    }

    @Override
    public String getParameter(String name) {
        List<String> values = item.url().parameters().get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> map = new LinkedHashMap<>();
        item.url().parameters().forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(item.url().parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        List<String> values = item.url().parameters().get(name);
        return values == null ? null : values.toArray(String[]::new);
    }

    // ---- headers

    @Override
    public String getHeader(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return Collections.enumeration(headers.getOrDefault(name, List.of()));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(headers.keySet());
    }

    @Override
    public int getIntHeader(String name) {
        String value = getHeader(name);
        return value == null ? -1 : Integer.parseInt(value.strip());
    }

    @Override
    public long getDateHeader(String name) {
        String value = getHeader(name);
        if (value == null) {
            return -1;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Header " + name + " is not an HTTP date: " + value, e);
        }
    }

    // ---- body

    @Override
    public String getContentType() {
        return getHeader("Content-Type");
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getCharacterEncoding() {
        if (characterEncoding != null) {
            return characterEncoding;
        }
        try {
            String type = getContentType();
            Charset charset = type == null ? null : MediaType.parseMediaType(type).getCharset();
            return charset == null ? null : charset.name();
        } catch (InvalidMediaTypeException unreadable) {
            // Spring answers the unreadable Content-Type itself (415), as for any request
            return null;
        }
    }

    @Override
    public void setCharacterEncoding(String encoding) {
        this.characterEncoding = encoding;
    }

    @Override
    public ServletInputStream getInputStream() {
        return input;
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(input, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    /** Graph batches carry JSON, never multipart forms. */
    @Override
    public Collection<Part> getParts() throws ServletException {
        throw new ServletException("A batched request cannot carry a multipart body.");
    }

    @Override
    public Part getPart(String name) throws ServletException {
        throw new ServletException("A batched request cannot carry a multipart body.");
    }

    // ---- its own attributes and dispatch, never the batch's

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return Collections.enumeration(attributes.keySet());
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public DispatcherType getDispatcherType() {
        return DispatcherType.REQUEST;
    }

    @Override
    public boolean isAsyncSupported() {
        return false;
    }

    @Override
    public boolean isAsyncStarted() {
        return false;
    }

    @Override
    public AsyncContext startAsync() {
        throw new IllegalStateException("Batched requests are answered synchronously.");
    }

    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
        throw new IllegalStateException("Batched requests are answered synchronously.");
    }

    private static final class BodyStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        BodyStream(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("Batched requests are read synchronously.");
        }
    }
}
