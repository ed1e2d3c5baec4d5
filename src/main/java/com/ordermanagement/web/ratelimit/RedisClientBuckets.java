package com.ordermanagement.web.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;

/**
 * Buckets in Redis, shared by every instance behind the balancer, so that the limit holds for the
 * service as a whole. Keys expire once their bucket would be full again.
 */
public class RedisClientBuckets implements ClientBuckets, AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    public RedisClientBuckets(String redisUrl, int requestsPerMinute, Duration timeout) {
        this.client = RedisClient.create(redisUrl);
        client.setDefaultTimeout(timeout);
        try {
            this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .requestTimeout(timeout)
                .build();
        this.configuration = ClientBuckets.perMinute(requestsPerMinute);
    }

    @Override
    public ConsumptionProbe tryConsume(String client) {
        return buckets.builder()
                .build("rate-limit:" + client, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
    }

    @Override
    public String backend() {
        return "redis";
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
