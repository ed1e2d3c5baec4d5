# syntax=docker/dockerfile:1
# Build: docker build -t order-management-service .
# Run:   docker run -p 8000:8000 order-management-service          (in-memory store)
#        docker run -p 8000:8000 -e COSMOS_ENDPOINT=… -e COSMOS_KEY=… order-management-service

FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
# Dependencies first: this layer is rebuilt only when the POM or the wrapper changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q dependency:go-offline -Dspotless.check.skip=true
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
    && mv target/order-management-service-*.jar application.jar \
    && java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
WORKDIR /app
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
# Layers from least to most often changed, so that a code change ships a small layer.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER 10001:10001
# Transparent huge pages for the heap where the kernel offers them (madvise or always; otherwise the
# JVM warns once and carries on): fewer TLB misses, and far less page-table work for a kernel that
# scans or reclaims memory behind the service's back (docs/PERFORMANCE.md, "The latency tail").
ENV PORT=8000 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+UseTransparentHugePages -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE 8000
# The liveness probe over bash's /dev/tcp: no curl or wget needed in the runtime image.
HEALTHCHECK --interval=15s --timeout=3s --start-period=40s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /livez HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
