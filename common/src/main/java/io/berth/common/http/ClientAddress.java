package io.berth.common.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which address a request comes from. The gateway is the edge: it drops a client's
 * {@code X-Real-IP} and sets its own from the connection ({@code X-Forwarded-For} keeps what the
 * client wrote, so it proves nothing). A service therefore takes {@code X-Real-IP} only from a
 * peer in its trusted proxies (the gateway) and otherwise the address of the connection itself,
 * so no client picks the address its requests are counted under.
 */
public final class ClientAddress {

    /** The header the gateway sets to the client's connection address. */
    public static final String REAL_IP = "X-Real-IP";

    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$");

    private final List<Entry> trusted;

    private ClientAddress(List<Entry> trusted) {
        this.trusted = trusted;
    }

    /**
     * Trusted proxies, comma separated: IP addresses, CIDR ranges ({@code 10.0.0.0/8}) or host
     * names (resolved when asked, e.g. the compose service {@code gateway}).
     */
    public static ClientAddress trusting(String proxies) {
        List<Entry> entries = new ArrayList<>();
        if (proxies != null) {
            for (String p : proxies.split(",")) {
                String s = p.strip();
                if (!s.isEmpty()) {
                    entries.add(Entry.parse(s));
                }
            }
        }
        return new ClientAddress(List.copyOf(entries));
    }

    /** The client's address: {@code realIp} when the peer is a trusted proxy and it is an IP, else the peer. */
    public String of(String peer, String realIp) {
        if (peer == null) {
            return "";
        }
        if (realIp != null && trusted(peer)) {
            InetAddress forwarded = literal(realIp.strip());
            if (forwarded != null) {
                return forwarded.getHostAddress();
            }
        }
        return normal(peer);
    }

    boolean trusted(String peer) {
        InetAddress address = literal(peer);
        return address != null && trusted.stream().anyMatch(e -> e.contains(address));
    }

    private static String normal(String ip) {
        InetAddress a = literal(ip);
        return a == null ? ip : a.getHostAddress();
    }

    /** An IP literal as an address, never a name look-up; null for anything else. */
    static InetAddress literal(String text) {
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(s).matches() && !IPV6.matcher(s).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** One trusted proxy: a range, an address or a host name. */
    private record Entry(String host, InetAddress network, int prefix) {

        static Entry parse(String s) {
            int slash = s.indexOf('/');
            if (slash > 0) {
                InetAddress net = literal(s.substring(0, slash));
                int bits;
                try {
                    bits = Integer.parseInt(s.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (net == null || bits < 0 || bits > net.getAddress().length * 8) {
                    throw new IllegalArgumentException("not an address range: " + s);
                }
                return new Entry(null, net, bits);
            }
            InetAddress address = literal(s);
            return address != null ? new Entry(null, address, address.getAddress().length * 8) : new Entry(s, null, 0);
        }

        boolean contains(InetAddress peer) {
            if (host == null) {
                return inRange(network, prefix, peer);
            }
            try {
                for (InetAddress a : InetAddress.getAllByName(host)) {
                    if (a.equals(peer)) {
                        return true;
                    }
                }
            } catch (UnknownHostException e) {
                // a proxy that cannot be resolved now is trusted for nothing
            }
            return false;
        }

        private static boolean inRange(InetAddress network, int prefix, InetAddress peer) {
            byte[] n = network.getAddress();
            byte[] p = peer.getAddress();
            if (n.length != p.length) {
                return false;
            }
            int shift = n.length * 8 - prefix;
            return new BigInteger(1, n).shiftRight(shift).equals(new BigInteger(1, p).shiftRight(shift));
        }
    }
}
