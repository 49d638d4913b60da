package dev.actors.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports free on 127.0.0.1 right now, for servers and Hazelcast members a test starts. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * Picks {@code count} different free ports (held open together while picked, so they differ).
     *
     * @param count how many
     * @return the ports
     */
    static List<Integer> free(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                }
                catch (IOException ignored) {
                    // best effort: the port is free again either way
                }
            }
        }
    }
}
