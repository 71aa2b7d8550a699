#pragma once

#include "domain/error.h"

#include <functional>

namespace ClipDesk::Media {

// Progress reporting and cancellation for one long media operation (decode, encode, hash).
// Media functions are synchronous and run on a worker thread; they call report() now and then
// and return a "cancelled" Error soon after isCancelled() turns true. Both callbacks are called
// on the worker thread and may be empty. Adapting a QPromise:
//   JobControl control{[&](double f) { promise.setProgressValue(int(f * 1000)); },
//                      [&] { return promise.isCanceled(); }};
struct JobControl
{
    std::function<void(double fraction)> onProgress; // fraction in [0, 1]
    std::function<bool()> cancelRequested;

    void report(double fraction) const;
    bool isCancelled() const { return cancelRequested && cancelRequested(); }

    // The Error media operations return when they stop because of isCancelled().
    static Error cancelledError();
};

} // namespace ClipDesk::Media
