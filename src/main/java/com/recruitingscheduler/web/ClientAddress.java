package com.recruitingscheduler.web;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one home of "who is asking", as the throttles count it. Behind a trusted proxy the client is the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy: the entries left of it were written by whoever
 * sent the request and prove nothing (Quarkus' own parsing takes the left-most). An IPv6 client counts by its /64
 * network — one subscriber's whole allocation — so nobody outruns a limit by walking through their own addresses.
 */
@ApplicationScoped
public class ClientAddress {

    private final boolean forwarding;
    private final List<Network> trusted = new ArrayList<>();

    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
                  @ConfigProperty(name = "quarkus.http.proxy.allow-x-forwarded", defaultValue = "false") boolean xForwarded,
                  @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding && xForwarded;
        trustedProxies.orElse(List.of()).forEach(entry -> Network.parse(entry).ifPresent(trusted::add));
    }

    /** What a limit counts for this request: an IPv4 address, or an IPv6 /64 network ({@code 2001:db8:1:2::/64}). */
    public String of(RoutingContext routing) {
        return key(client(routing.request()));
    }

    /** The client's address as this request proves it. */
    String client(HttpServerRequest request) {
        SocketAddress socket = request.connection() == null ? request.remoteAddress() : request.connection().remoteAddress();
        String peer = socket == null ? "unknown" : strip(socket.hostAddress());
        if (!forwarding || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        request.headers().getAll("X-Forwarded-For").forEach(header -> {
            for (String hop : header.split(",")) {
                hops.add(strip(hop.trim()));
            }
        });
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (NetUtil.createByteArrayFromIpAddressString(hop) == null) {
                break; // not an address (a name, "unknown", garbage): nothing further left can be believed
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    static String key(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length == 4) {
            return address;
        }
        if (isMappedIpv4(bytes)) {
            return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return network.append(":/64").toString();
    }

    private boolean isTrusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        return bytes != null && trusted.stream().anyMatch(network -> network.contains(bytes));
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** An address as written in a header or by Vert.x: without brackets, port or zone. */
    private static String strip(String address) {
        String plain = address.trim();
        if (plain.startsWith("[")) {
            int end = plain.indexOf(']');
            plain = end < 0 ? plain.substring(1) : plain.substring(1, end);
        } else if (plain.indexOf(':') > 0 && plain.indexOf(':') == plain.lastIndexOf(':')) {
            plain = plain.substring(0, plain.indexOf(':')); // IPv4 with a port
        }
        int zone = plain.indexOf('%');
        return (zone < 0 ? plain : plain.substring(0, zone)).toLowerCase(Locale.ROOT);
    }

    /** A trusted proxy entry: one address, or a CIDR range; host names are not resolved here and trust nothing. */
    private record Network(byte[] prefix, int bits) {

        static Optional<Network> parse(String entry) {
            String text = entry.trim();
            int slash = text.indexOf('/');
            String address = strip(slash < 0 ? text : text.substring(0, slash));
            byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
            if (bytes == null) {
                return Optional.empty();
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Math.min(bits, Math.max(0, Integer.parseInt(text.substring(slash + 1).trim())));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Network(bytes, bits));
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
