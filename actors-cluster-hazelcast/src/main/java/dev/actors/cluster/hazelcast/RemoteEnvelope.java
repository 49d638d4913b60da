package dev.actors.cluster.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;

/**
 * One message to an entity as it travels to the key's owner: the entity kind, the key, and a
 * message (tell, ask) or an interface call, all already serialized by the sender (so what cannot
 * travel failed at the send). An ask or a call that answers carries the id its reply is sent back
 * under; the sender-side fields say when to give up and name it in logs.
 */
final class RemoteEnvelope {

    static final byte TELL = 0;
    static final byte ASK = 1;
    static final byte CALL = 2;

    final byte type;
    final String kind;
    final byte[] key;
    /** The message of a tell or ask; {@code null} for a call. */
    final byte[] message;
    /** The method of a call; {@code null} otherwise. */
    final RemoteMethod method;
    /** The arguments of a call, each serialized; {@code null} otherwise. */
    final byte[][] arguments;
    /** The reply's id; 0 when no reply is expected (a tell, a {@code void} call). */
    final long callId;
    /** Sender side only: when to stop trying to deliver it (nanoTime). */
    final long deadline;
    /** Sender side only: what it is and to whom, for logs and errors. */
    final String label;

    private RemoteEnvelope(byte type, String kind, byte[] key, byte[] message, RemoteMethod method, byte[][] arguments,
            long callId, long deadline, String label) {
        this.type = type;
        this.kind = kind;
        this.key = key;
        this.message = message;
        this.method = method;
        this.arguments = arguments;
        this.callId = callId;
        this.deadline = deadline;
        this.label = label;
    }

    static RemoteEnvelope message(byte type, String kind, byte[] key, byte[] message, long callId, long deadline,
            String label) {
        return new RemoteEnvelope(type, kind, key, message, null, null, callId, deadline, label);
    }

    static RemoteEnvelope call(String kind, byte[] key, RemoteMethod method, byte[][] arguments, long callId, long deadline,
            String label) {
        return new RemoteEnvelope(CALL, kind, key, null, method, arguments, callId, deadline, label);
    }

    boolean expectsReply() {
        return callId != 0;
    }

    void writeTo(ObjectDataOutput out) throws IOException {
        out.writeByte(type);
        out.writeString(kind);
        out.writeLong(callId);
        out.writeByteArray(key);
        if (type == CALL) {
            out.writeString(method.api());
            out.writeString(method.name());
            out.writeStringArray(method.parameterTypes());
            out.writeInt(arguments.length);
            for (byte[] argument : arguments) {
                out.writeByteArray(argument);
            }
        } else {
            out.writeByteArray(message);
        }
    }

    static RemoteEnvelope readFrom(ObjectDataInput in) throws IOException {
        byte type = in.readByte();
        String kind = in.readString();
        long callId = in.readLong();
        byte[] key = in.readByteArray();
        if (type != CALL) {
            return new RemoteEnvelope(type, kind, key, in.readByteArray(), null, null, callId, 0L, null);
        }
        RemoteMethod method = new RemoteMethod(in.readString(), in.readString(), in.readStringArray());
        byte[][] arguments = new byte[in.readInt()][];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = in.readByteArray();
        }
        return new RemoteEnvelope(CALL, kind, key, null, method, arguments, callId, 0L, null);
    }
}
