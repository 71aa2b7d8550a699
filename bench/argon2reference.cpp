#include "argon2reference.h"

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace ClipDesk::Bench {

double argon2idVerificationsPerSecond(unsigned long long opsLimit, unsigned long long memoryKib, int threads,
                                      std::chrono::milliseconds duration)
{
    if (sodium_init() < 0)
        return 0;
    static constexpr char Password[] = "correct horse battery staple";
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, Password, sizeof Password - 1, opsLimit, memoryKib * 1024,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return 0;

    std::atomic<long long> verified{0};
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + duration;
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&] {
            while (std::chrono::steady_clock::now() < deadline) {
                if (crypto_pwhash_str_verify(hash, Password, sizeof Password - 1) == 0)
                    ++verified;
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return double(verified.load()) / seconds;
}

} // namespace ClipDesk::Bench
