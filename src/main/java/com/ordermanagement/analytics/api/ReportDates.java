package com.ordermanagement.analytics.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/** The {@code start_date} and {@code end_date} query parameters that most reports take; both optional. */
public record ReportDates(
        @Parameter(
                name = "start_date",
                description = "First day (UTC), YYYY-MM-DD",
                example = "2026-01-01",
                schema = @Schema(type = "string", format = "date", minLength = 10, maxLength = 10))
        @BindParam("start_date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @Parameter(
                name = "end_date",
                description = "Last day (UTC), YYYY-MM-DD; not in the future",
                example = "2026-01-31",
                schema = @Schema(type = "string", format = "date", minLength = 10, maxLength = 10))
        @BindParam("end_date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endDate) {}
