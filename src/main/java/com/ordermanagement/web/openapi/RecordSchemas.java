package com.ordermanagement.web.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code required} and {@code null} in every record's schema exactly as the JSON says: a component
 * is required unless it is marked {@link Nullable}; a nullable one admits {@code null}, unless the
 * record is {@code @JsonInclude(NON_NULL)}, which leaves it out instead. In a request, a nullable
 * member may be sent as null or left out; in an answer the service writes it as null, so {@link
 * ApiContract} requires it in the schemas only answers use.
 */
public class RecordSchemas implements ModelConverter {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE_CASE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() == null
                ? resolved
                : context.getDefinedModels().get(ApiContract.componentName(resolved.get$ref()));
        if (model != null && model.getProperties() != null) {
            describe(model, raw);
        }
        return resolved;
    }

    private static void describe(Schema<?> model, Class<?> record) {
        JsonInclude include = record.getAnnotation(JsonInclude.class);
        boolean absentWhenNull = include != null && include.value() == JsonInclude.Include.NON_NULL;
        Set<String> required = new LinkedHashSet<>();
        @SuppressWarnings("rawtypes")
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = SNAKE_CASE.translate(component.getName());
            Schema<?> property = properties.get(name);
            if (property == null) {
                continue;
            }
            if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                required.add(name);
            } else if (!absentWhenNull) {
                properties.put(name, orNull(property));
            }
        }
        model.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    }

    /** True when the schema admits null: "null" among its types, or a null alternative. */
    static boolean admitsNull(Schema<?> schema) {
        if (schema.getTypes() != null && schema.getTypes().contains("null")) {
            return true;
        }
        return schema.getAnyOf() != null
                && schema.getAnyOf().stream()
                        .anyMatch(member ->
                                member.getTypes() != null && member.getTypes().contains("null"));
    }

    /** The property's schema admitting null too: a type list gains "null"; a reference becomes anyOf. */
    static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema<?> reference = new JsonSchema().$ref(property.get$ref());
            JsonSchema nullable = new JsonSchema();
            nullable.anyOf(List.of(reference, new JsonSchema().types(Set.of("null"))));
            nullable.setDescription(property.getDescription());
            return nullable;
        }
        if (property.getAnyOf() != null || property.getTypes() == null) {
            return property;
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes());
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            @SuppressWarnings("unchecked")
            List<Object> values = new ArrayList<>((List<Object>) property.getEnum());
            values.add(null);
            ((Schema<Object>) property).setEnum(values);
        }
        return property;
    }
}
