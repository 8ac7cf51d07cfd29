/*
** util.c -- file reading, rule directory discovery and messages for the
** command-line tool.  The library never touches the environment or the
** file system layout; this is where those decisions live.
*/
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#ifndef XC_DATADIR
#define XC_DATADIR "/usr/local/share/crosscheck"
#endif

/* Inputs larger than this are refused rather than risking the machine. */
#define CLI_MAX_INPUT ((size_t)2 << 30)

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("crosscheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("crosscheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (cmd && *cmd)
		fprintf(stderr, "\nTry 'crosscheck help %s'.\n", cmd);
	else
		fputs("\nTry 'crosscheck --help'.\n", stderr);
	return XC_EXIT_USAGE;
}

static int is_rules_dir(const char *d)
{
	char p[PATH_MAX];
	struct stat st;

	if (snprintf(p, sizeof p, "%s/lexicon", d) >= (int)sizeof p)
		return 0;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *cli_builtin_rules(void)
{
	static char found[PATH_MAX];
	char exe[PATH_MAX], *slash;
	ssize_t n;
	const char *env = getenv("CROSSCHECK_RULES");
	static const char *const rel[] = { "rules", "../rules", "../../rules",
	                                   "../share/crosscheck/rules" };
	size_t i;

	if (env && *env)
		return env;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		for (i = 0; i < sizeof rel / sizeof rel[0]; i++) {
			if (snprintf(found, sizeof found, "%s/%s", exe, rel[i]) <
			        (int)sizeof found && is_rules_dir(found))
				return found;
		}
	}
	if (is_rules_dir(XC_DATADIR "/rules"))
		return XC_DATADIR "/rules";
	return NULL;
}

int cli_load_rules(const char *user_dir, xc_ruleset **rs)
{
	return cli_load_rules_ex(user_dir, 0, rs, NULL, NULL);
}

int cli_load_rules_ex(const char *user_dir, unsigned flags, xc_ruleset **rs,
                      const char **dirs, size_t *ndirs)
{
	const char *dirs_[2];
	size_t n = 0, i;
	xc_diags *d = NULL;
	xc_status st;
	const char *builtin = cli_builtin_rules();

	if (!builtin) {
		cli_error("cannot find the built-in rules (set CROSSCHECK_RULES "
		          "or reinstall)");
		return XC_EXIT_RULES;
	}
	dirs_[n++] = builtin;
	if (user_dir) {
		struct stat sb;
		if (stat(user_dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
			cli_error("cannot open rules directory '%s': %s", user_dir,
			          stat(user_dir, &sb) ? strerror(errno) :
			          "Not a directory");
			return XC_EXIT_RULES;
		}
		dirs_[n++] = user_dir;
	}
	if (xc_diags_new(&d))
		return XC_EXIT_INTERNAL;
	st = xc_ruleset_load_ex(dirs_, n, flags, d, rs);
	for (i = 0; i < xc_diags_count(d); i++)
		fprintf(stderr, "%s\n", xc_diags_get(d, i));
	xc_diags_free(d);
	if (st == XC_ENOMEM) {
		cli_error("out of memory loading rules");
		return XC_EXIT_INTERNAL;
	}
	if (st) {
		cli_error("rule files have errors");
		return XC_EXIT_RULES;
	}
	if (dirs) {
		for (i = 0; i < n; i++)
			dirs[i] = dirs_[i];
		*ndirs = n;
	}
	return XC_EXIT_OK;
}

int cli_read_file(const char *path, char **buf, size_t *len)
{
	int fd, is_stdin = !strcmp(path, "-");
	struct stat st;
	char *p = NULL;
	size_t n = 0, cap = 0;

	*buf = NULL;
	*len = 0;
	/* opened without blocking: a FIFO with no writer must not hang the
	** run before fstat can refuse it */
	fd = is_stdin ? 0 : open(path, O_RDONLY | O_NONBLOCK);
	if (fd < 0) {
		cli_error("cannot open '%s': %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			cli_error("cannot read '%s': Is a directory", path);
			if (!is_stdin)
				close(fd);
			return -1;
		}
		/* a FIFO, socket or device ("/dev/zero") is not a document;
		** standard input ('-') may be a pipe */
		if (!is_stdin && !S_ISREG(st.st_mode)) {
			cli_error("cannot read '%s': not a regular file (a FIFO, "
			          "socket or device)", path);
			close(fd);
			return -1;
		}
		if (S_ISREG(st.st_mode) && (size_t)st.st_size > CLI_MAX_INPUT) {
			cli_error("cannot read '%s': larger than %zu MiB", path,
			          CLI_MAX_INPUT >> 20);
			close(fd);
			return -1;
		}
		if (S_ISREG(st.st_mode))
			cap = (size_t)st.st_size + 1;
	}
	if (!is_stdin) {
		int fl = fcntl(fd, F_GETFL);
		if (fl >= 0)
			(void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	}
	if (cap < 65536)
		cap = 65536;
	p = malloc(cap);
	for (;;) {
		ssize_t r;
		if (!p) {
			cli_error("cannot read '%s': out of memory", path);
			if (!is_stdin)
				close(fd);
			return -1;
		}
		if (n == cap) {
			char *np;
			if (cap >= CLI_MAX_INPUT) {
				cli_error("cannot read '%s': larger than %zu MiB", path,
				          CLI_MAX_INPUT >> 20);
				free(p);
				if (!is_stdin)
					close(fd);
				return -1;
			}
			cap *= 2;
			np = realloc(p, cap);
			if (!np)
				free(p);
			p = np;
			continue;
		}
		r = read(fd, p + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			cli_error("cannot read '%s': %s", path, strerror(errno));
			free(p);
			if (!is_stdin)
				close(fd);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (!is_stdin)
		close(fd);
	*buf = p;
	*len = n;
	return 0;
}

const char *cli_num(double v, char *buf)
{
	if (fabs(v) < 1e15 && v == floor(v))
		snprintf(buf, 40, "%.0f", v);
	else
		snprintf(buf, 40, "%.15g", v);
	return buf;
}

size_t cli_front_matter_end(const char *s, size_t len)
{
	const char *p, *end = s + len;

	if (len < 4 || memcmp(s, "---", 3) || (s[3] != '\n' && s[3] != '\r'))
		return 0;
	p = (const char *)memchr(s, '\n', len) + 1;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (end - p >= 3 && !memcmp(p, "---", 3))
			return eol ? (size_t)(eol + 1 - s) : len;
		if (!eol)
			break;
		p = eol + 1;
	}
	return 0; /* never closed: no front matter, all text */
}

int cli_is_store_file(const char *path, const char *db)
{
	static const char *const sfx[] = { "", "-wal", "-shm", "-journal" };
	struct stat a, b;
	size_t i, n = strlen(db);
	int have = stat(path, &b) == 0;

	for (i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
		char *p = malloc(n + strlen(sfx[i]) + 1);
		int same;
		if (!p)
			return 0;
		memcpy(p, db, n);
		strcpy(p + n, sfx[i]);
		same = !strcmp(p, path) || (have && stat(p, &a) == 0 &&
		                            a.st_dev == b.st_dev && a.st_ino == b.st_ino);
		free(p);
		if (same)
			return 1;
	}
	return 0;
}

void cli_blank_front_matter(char *s, size_t end)
{
	size_t i = 0;

	while (i < end) {
		size_t e = i, stop;
		int title;
		while (e < end && s[e] != '\n')
			e++;
		title = e - i >= 6 && !strncasecmp(s + i, "title:", 6);
		/* a title keeps its value (a headline), not its key */
		stop = title ? i + 6 : e;
		for (; i < stop; i++)
			if (s[i] != '\r')
				s[i] = ' ';
		i = e + 1;
	}
}

int cli_csv_guard(const char *v, size_t n)
{
	size_t i = 0, digits = 0, dots = 0;

	if (!v || !n || !strchr("=+-@\t\r", v[0]))
		return 0;
	/* a number written plainly: sign, digits, at most one point */
	if (v[0] == '-' || v[0] == '+')
		i = 1;
	for (; i < n; i++) {
		if (v[i] >= '0' && v[i] <= '9')
			digits++;
		else if (v[i] == '.' && !dots)
			dots++;
		else
			return 1;
	}
	return digits == 0;
}

/* Does s[i..n) start with a C1 control (U+0080-U+009F: 0xC2 0x80-0x9F)? */
static int c1_at(const char *s, size_t i, size_t n)
{
	return (unsigned char)s[i] == 0xc2 && i + 1 < n &&
	       (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f;
}

void cli_md_text(FILE *out, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			c = ' ';
		/* C1 controls as a space too */
		if (c1_at(s, i, n)) {
			fputc(' ', out);
			i++;
			continue;
		}
		if (strchr("\\`*_[]<>|#!&~$", c) && c)
			fputc('\\', out);
		fputc(c, out);
	}
}

void cli_md_str(FILE *out, const char *s)
{
	if (s)
		cli_md_text(out, s, strlen(s));
}

void cli_md_code(FILE *out, const char *s, int in_table)
{
	size_t run = 0, longest = 0, k;
	const char *p;

	if (!s)
		s = "";
	for (p = s; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	for (k = 0; k <= longest; k++)
		fputc('`', out);
	if (*s == '`' || (*s && s[strlen(s) - 1] == '`'))
		fputc(' ', out);
	for (p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20 || c == 0x7f)
			c = ' ';
		if (c == '|' && in_table)
			fputc('\\', out);
		fputc(c, out);
	}
	if (*s == '`' || (*s && s[strlen(s) - 1] == '`'))
		fputc(' ', out);
	for (k = 0; k <= longest; k++)
		fputc('`', out);
}

/* s[0..n) for a terminal: C0 controls, DEL and C1 controls escaped
** (\x1b, \u0085); line breaks and tabs as a space when on one line. */
static void put_escaped(FILE *out, const char *s, size_t n, int one_line)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (one_line && (c == '\n' || c == '\r' || c == '\t'))
			fputc(' ', out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\x%02x", c);
		else if (c1_at(s, i, n))
			fprintf(out, "\\u%04x", (unsigned char)s[++i]);
		else
			fputc(c, out);
	}
}

void cli_put_line_safe(FILE *out, const char *s, size_t n)
{
	put_escaped(out, s, n, 1);
}

void cli_put_safe(FILE *out, const char *s)
{
	if (s)
		put_escaped(out, s, strlen(s), 0);
}

int cli_check_open(const char *rules, const char *db, unsigned flags,
                   cli_checked *out)
{
	const char *dirs[2];
	size_t ndirs = 0, k;
	xc_diags *d = NULL;
	xc_status s;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = cli_load_rules_ex(rules, 0, &out->rs, dirs, &ndirs)))
		return rc;
	if (xc_store_open(cli_db_path(db), 1, &out->st)) {
		cli_error("'%s': %s", cli_db_path(db), xc_store_errmsg(out->st));
		cli_check_close(out);
		return XC_EXIT_STORE;
	}
	if (xc_diags_new(&d)) {
		cli_check_close(out);
		return XC_EXIT_INTERNAL;
	}
	s = xc_check_run_ex(out->st, out->rs, dirs, ndirs, flags, d, &out->ck);
	for (k = 0; k < xc_diags_count(d); k++)
		fprintf(stderr, "%s\n", xc_diags_get(d, k));
	xc_diags_free(d);
	if (!s)
		return XC_EXIT_OK;
	if (s == XC_ERULES) {
		cli_error("reconciler tables have errors");
		rc = XC_EXIT_RULES;
	} else if (s == XC_ENOMEM) {
		cli_error("out of memory");
		rc = XC_EXIT_INTERNAL;
	} else {
		cli_error("'%s': cannot reconcile", cli_db_path(db));
		rc = XC_EXIT_STORE;
	}
	cli_check_close(out);
	return rc;
}

void cli_check_close(cli_checked *c)
{
	xc_check_free(c->ck);
	xc_store_close(c->st);
	xc_ruleset_free(c->rs);
	memset(c, 0, sizeof *c);
}
