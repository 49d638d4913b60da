package dev.actors.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Replies from an owner to the member that asked, run there: each completes its ask's future. */
final class ReplyTask implements Callable<Boolean>, DataSerializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    List<Reply> replies;
    private transient HazelcastInstance hazelcast;

    ReplyTask() {
    }

    ReplyTask(List<Reply> replies) {
        this.replies = replies;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.hazelcast = hazelcastInstance;
    }

    @Override
    public Boolean call() {
        EntityCluster cluster = EntityCluster.of(hazelcast);
        if (cluster != null) {
            cluster.pendingAsks().complete(replies);
        }
        return Boolean.TRUE;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(replies.size());
        for (Reply reply : replies) {
            reply.writeTo(out);
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        int size = in.readInt();
        replies = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            replies.add(Reply.readFrom(in));
        }
    }
}
