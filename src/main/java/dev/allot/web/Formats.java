package dev.allot.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and numbers formatted for the page's language (templates call ${@formats.date(x)}). */
@Component("formats")
public class Formats {

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(ZoneId.of("UTC")));
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(ZoneId.of("UTC"))) + " UTC";
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }
}
