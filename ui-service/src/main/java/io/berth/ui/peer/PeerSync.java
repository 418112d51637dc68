package io.berth.ui.peer;

/** Something of ours a peer service keeps a copy of, handed over by a {@link PeerPush}. */
public interface PeerSync {

    PeerPush pushes();
}
