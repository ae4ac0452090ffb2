#pragma once

#include <QtGlobal>

// QNetworkAccessManager leaves Nagle's algorithm on for its HTTP connections and writes a request body in
// 16 KiB pieces. The server's delayed ACK then holds the last piece back for about 40 ms per request,
// which dominates a batch of small files (and costs a little on every chunk of a big one). QNetworkReply
// gives no access to its socket, so this looks at the process's own TCP sockets connected to `port` and
// turns on TCP_NODELAY (safe on any TCP socket: it only sends small segments at once). Linux only; a no-op
// elsewhere. A call costs a few system calls per open file of the process.
namespace LowDelaySockets {
void apply(quint16 peerPort);
}
