#pragma once

#include "probereport.h"

#include <QStringList>
#include <QTextStream>

namespace ClipDesk::Server {

// `clipdesk-server probe FILE --thumbnail OUT`: the child side of ProbeRunner. Probes a local
// file, decodes its first frame, writes a JPEG thumbnail to OUT and computes its perceptual
// fingerprint, then prints one ProbeReport JSON line on `out`. Exit code 0 with a report
// (accepted or rejected), 2 for bad arguments. Runs under the limits the parent set; it reads
// only the file it is given (Media::openInput allows local files only).
int runProbeCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

// What the probe child does, in this process: for files the server made itself (the demo
// world's videos), never for uploads, which are probed in a child under limits (ProbeRunner).
ProbeReport probeMediaFile(const QString &path, const QString &thumbnailPath);

} // namespace ClipDesk::Server
