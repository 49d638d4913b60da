package dev.actors.cluster.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;

/**
 * The outcome of a remote ask or call, on its way back to the asking member: the ask's id and
 * the serialized value or exception.
 *
 * @param callId the ask's id on the asking member
 * @param failed whether {@code payload} is an exception
 * @param payload the serialized value (possibly {@code null}) or exception
 */
record Reply(long callId, boolean failed, byte[] payload) {

    void writeTo(ObjectDataOutput out) throws IOException {
        out.writeLong(callId);
        out.writeBoolean(failed);
        out.writeByteArray(payload);
    }

    static Reply readFrom(ObjectDataInput in) throws IOException {
        return new Reply(in.readLong(), in.readBoolean(), in.readByteArray());
    }
}
