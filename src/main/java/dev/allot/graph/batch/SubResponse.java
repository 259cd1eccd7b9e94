package dev.allot.graph.batch;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.LinkedCaseInsensitiveMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to one batched request, kept in memory: status, headers and body, for the batch response to carry.
 * Implements the whole interface itself rather than wrapping the batch's response, so that nothing a batched
 * request sets (a header, a status) can reach the batch's own response.
 */
public final class SubResponse implements HttpServletResponse {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, List<String>> headers = new LinkedCaseInsensitiveMap<>();
    private final ServletOutputStream output = new BodyStream();
    private PrintWriter writer;
    private int status = SC_OK;
    private String contentType;
    private String characterEncoding;
    private Locale locale = Locale.getDefault();
    private boolean committed;

    /** Everything written, the writer flushed first. */
    public byte[] bodyBytes() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    // ---- status

    @Override
    public void setStatus(int status) {
        if (!committed) {
            this.status = status;
        }
    }

    @Override
    public int getStatus() {
        return status;
    }

    /** Spring MVC answers errors through the error advice; only code that bypasses it gets here, and gets its status. */
    @Override
    public void sendError(int status, String message) {
        sendError(status);
    }

    @Override
    public void sendError(int status) {
        requireUncommitted();
        this.status = status;
        body.reset();
        committed = true;
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) {
        requireUncommitted();
        this.status = status;
        setHeader("Location", location);
        if (clearBuffer) {
            body.reset();
        }
        committed = true;
    }

    // ---- headers

    @Override
    public void setHeader(String name, String value) {
        if (name.equalsIgnoreCase("Content-Type")) {
            setContentType(value);
        } else if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, new ArrayList<>(List.of(value)));
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (name.equalsIgnoreCase("Content-Type")) {
            setContentType(value);
        } else if (value != null) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(name, httpDate(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, httpDate(date));
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.containsKey(name) || (name.equalsIgnoreCase("Content-Type") && contentType != null);
    }

    @Override
    public String getHeader(String name) {
        if (name.equalsIgnoreCase("Content-Type")) {
            return getContentType();
        }
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        if (name.equalsIgnoreCase("Content-Type")) {
            return contentType == null ? List.of() : List.of(getContentType());
        }
        return List.copyOf(headers.getOrDefault(name, List.of()));
    }

    @Override
    public Collection<String> getHeaderNames() {
        List<String> names = new ArrayList<>(headers.keySet());
        if (contentType != null) {
            names.add("Content-Type");
        }
        return names;
    }

    /** Batch responses carry no cookies (Graph sets none), so there is nothing to keep. */
    @Override
    public void addCookie(Cookie cookie) {
    }

    @Override
    public String encodeURL(String url) {
        return url;
    }

    @Override
    public String encodeRedirectURL(String url) {
        return url;
    }

    // ---- body

    @Override
    public void setContentType(String type) {
        contentType = type;
        if (type != null && type.toLowerCase(Locale.ROOT).contains("charset=")) {
            characterEncoding = type.substring(type.toLowerCase(Locale.ROOT).indexOf("charset=") + 8).strip();
        }
    }

    @Override
    public String getContentType() {
        if (contentType == null || characterEncoding == null || contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
            return contentType;
        }
        return contentType + ";charset=" + characterEncoding;
    }

    @Override
    public void setCharacterEncoding(String encoding) {
        characterEncoding = encoding;
    }

    @Override
    public String getCharacterEncoding() {
        return characterEncoding == null ? StandardCharsets.UTF_8.name() : characterEncoding;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return output;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        // the length is that of what was written
    }

    @Override
    public void setContentLengthLong(long length) {
        // the length is that of what was written
    }

    @Override
    public void setBufferSize(int size) {
        requireUncommitted();
    }

    @Override
    public int getBufferSize() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
        committed = true;
    }

    @Override
    public void resetBuffer() {
        requireUncommitted();
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public boolean isCommitted() {
        return committed;
    }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        contentType = null;
        characterEncoding = null;
        status = SC_OK;
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    private void requireUncommitted() {
        if (committed) {
            throw new IllegalStateException("The response is already committed.");
        }
    }

    private static String httpDate(long epochMillis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }

    private final class BodyStream extends ServletOutputStream {
        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("Batched responses are written synchronously.");
        }
    }
}
