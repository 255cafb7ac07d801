/* The user database, answered without /etc/passwd. TeaVM's runtime asks getpwuid(getuid())
 * for user.home the first time any Java code calls System.getProperty and dereferences the
 * result unchecked; musl's getpwuid would open /etc/passwd, fail (there is no file system
 * under libc) and return NULL, and the kernel would take a #GP. Defining it here keeps
 * musl's member out of the link. */
#include <pwd.h>
#include <stddef.h>

static char root_name[] = "root";
static char root_passwd[] = "x";
static char root_gecos[] = "root";
static char root_dir[] = "/";
static char root_shell[] = "/bin/python";

static struct passwd root = {
    .pw_name = root_name, .pw_passwd = root_passwd, .pw_uid = 0, .pw_gid = 0,
    .pw_gecos = root_gecos, .pw_dir = root_dir, .pw_shell = root_shell,
};

struct passwd *getpwuid(uid_t uid) {
    return uid == 0 ? &root : NULL;
}
