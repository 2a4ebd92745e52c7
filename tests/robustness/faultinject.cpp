// LD_PRELOAD library for the write-fault tests: kills the process with SIGKILL at the worst
// moment of an atomic overwrite, when the new bytes sit complete in a named temporary next to
// the target and the rename over the target is about to happen.
//
//   INFRA_FAULT_KILL_AT_RENAME=SUFFIX   SIGKILL on the first rename whose target ends in SUFFIX
#include <dlfcn.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace {

void maybeDie(const char *target)
{
    const char *suffix = std::getenv("INFRA_FAULT_KILL_AT_RENAME");
    if (!suffix || !*suffix || !target)
        return;
    const size_t n = std::strlen(target), m = std::strlen(suffix);
    if (n >= m && std::strcmp(target + n - m, suffix) == 0)
        kill(getpid(), SIGKILL);
}

} // namespace

extern "C" {

int rename(const char *from, const char *to)
{
    static int (*real)(const char *, const char *);
    if (!real)
        real = reinterpret_cast<int (*)(const char *, const char *)>(dlsym(RTLD_NEXT, "rename"));
    maybeDie(to);
    return real(from, to);
}

int renameat(int fromdir, const char *from, int todir, const char *to)
{
    static int (*real)(int, const char *, int, const char *);
    if (!real)
        real = reinterpret_cast<int (*)(int, const char *, int, const char *)>(dlsym(RTLD_NEXT, "renameat"));
    maybeDie(to);
    return real(fromdir, from, todir, to);
}

int renameat2(int fromdir, const char *from, int todir, const char *to, unsigned int flags)
{
    static int (*real)(int, const char *, int, const char *, unsigned int);
    if (!real)
        real = reinterpret_cast<int (*)(int, const char *, int, const char *, unsigned int)>(dlsym(RTLD_NEXT, "renameat2"));
    maybeDie(to);
    return real(fromdir, from, todir, to, flags);
}

} // extern "C"
