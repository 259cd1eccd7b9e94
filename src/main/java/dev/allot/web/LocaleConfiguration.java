package dev.allot.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The language comes from the browser's Accept-Language until the admin picks one (?lang=xx), then from a cookie. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("allot-language");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        return new SupportedOnly(resolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Refuses languages Allot has no translation for, so a crafted cookie or ?lang= falls back to the browser's. */
    static final class SupportedOnly implements LocaleResolver {
        private final CookieLocaleResolver delegate;

        SupportedOnly(CookieLocaleResolver delegate) {
            this.delegate = delegate;
        }

        @Override
        public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
            Locale locale = delegate.resolveLocale(request);
            return Languages.isSupported(locale) ? locale : Languages.fromBrowser(request);
        }

        @Override
        public void setLocale(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Locale locale) {
            delegate.setLocale(request, response, locale != null && Languages.isSupported(locale) ? locale : null);
        }
    }
}
