package com.ordermanagement.web.openapi;

import com.ordermanagement.common.validation.CountryCode;
import com.ordermanagement.common.validation.CurrencyCode;
import com.ordermanagement.common.validation.ExternalId;
import com.ordermanagement.common.validation.MultilineText;
import com.ordermanagement.common.validation.PlainText;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.MethodParameter;

/**
 * Our own text constraints in the document as JSON Schema (ECMA-262) patterns, anchored, so that a
 * validator or a generated client refuses what the server refuses. The schema generator only knows
 * the standard Bean Validation annotations; these are the service's.
 */
public class TextConstraintSchemas implements PropertyCustomizer, ParameterCustomizer {

    /** C0 and C1 control characters and the bidirectional overrides and isolates. */
    private static final String CONTROLS = "\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069";

    /** The same, less tab, line feed and carriage return. */
    private static final String CONTROLS_BUT_LINE_BREAKS =
            "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069";

    static final String PLAIN_TEXT = "^[^" + CONTROLS + "]*$";
    static final String MULTILINE_TEXT = "^[^" + CONTROLS_BUT_LINE_BREAKS + "]*$";
    static final String EXTERNAL_ID = "^[^" + CONTROLS + "/\\\\?#]+$";
    static final String COUNTRY_CODE = "^[A-Z]{2}$";
    static final String CURRENCY_CODE = "^[A-Z]{3}$";

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null && type.getCtxAnnotations() != null) {
            constrain(property, Arrays.stream(type.getCtxAnnotations()));
        }
        return property;
    }

    @Override
    public Parameter customize(Parameter parameter, MethodParameter method) {
        if (parameter != null && parameter.getSchema() != null) {
            constrain(parameter.getSchema(), Arrays.stream(method.getParameterAnnotations()));
        }
        return parameter;
    }

    private static void constrain(Schema<?> schema, Stream<Annotation> annotations) {
        annotations.forEach(annotation -> {
            if (annotation instanceof ExternalId) {
                schema.setPattern(EXTERNAL_ID);
                schema.setMinLength(1);
                schema.setMaxLength(64);
            } else if (annotation instanceof PlainText) {
                schema.setPattern(PLAIN_TEXT);
            } else if (annotation instanceof MultilineText) {
                schema.setPattern(MULTILINE_TEXT);
            } else if (annotation instanceof CountryCode) {
                code(schema, COUNTRY_CODE, 2);
            } else if (annotation instanceof CurrencyCode) {
                code(schema, CURRENCY_CODE, 3);
            }
        });
    }

    private static void code(Schema<?> schema, String pattern, int length) {
        schema.setPattern(pattern);
        schema.setMinLength(length);
        schema.setMaxLength(length);
    }
}
