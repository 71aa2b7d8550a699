#pragma once

#include <chrono>

namespace ClipDesk::Bench {

// Password verifications per second with libsodium's argon2id alone (no HTTP, no database),
// on `threads` threads: the ceiling for the server's login rate with the same parameters.
double argon2idVerificationsPerSecond(unsigned long long opsLimit, unsigned long long memoryKib, int threads,
                                      std::chrono::milliseconds duration);

} // namespace ClipDesk::Bench
