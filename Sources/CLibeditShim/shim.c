#define _GNU_SOURCE
#include "dossier_shim.h"

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

/* ---- Signals: handlers record, the reader acts ------------------------- */

static volatile sig_atomic_t got_interrupt;
static volatile sig_atomic_t got_resize;
static volatile sig_atomic_t got_continue;
static volatile sig_atomic_t got_suspend;
static volatile sig_atomic_t got_termination;
/* Ctrl-C presses while a statement runs: a query that does not stop (a
   regular expression that backtracks for ever) can still be left. */
static volatile sig_atomic_t interrupts_running;
/* Whether dossier_el_gets is running (the terminal is then in raw mode). */
static volatile sig_atomic_t editing;
/* Written to by the handlers so that a reader in poll() wakes up whichever
   thread the signal was delivered to. */
static int wake_pipe[2] = {-1, -1};

/* The editor's input: its descriptor, a byte read too far while decoding
   UTF-8, and bytes read but not yet given to libedit (a paste is read in
   blocks, not a system call a byte). */
static int input_fd = 0;
static int pending_byte = -1;
static unsigned char input_buffer[4096];
static size_t input_next, input_end;

/* Also called from the SIGTSTP handler: only async-signal-safe calls. */
static void install(int signo, void (*handler)(int)) {
    struct sigaction action = {0};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;   /* other reads and writes go on; poll() still returns */
    sigaction(signo, &action, NULL);
}

static void on_signal(int signo) {
    int saved = errno;
    switch (signo) {
    case SIGINT:
        got_interrupt = 1;
        interrupts_running++;   /* the reader starts again from 0 when Ctrl-C clears a line */
        if (!editing) {
            if (interrupts_running == 2) {
                static const char note[] = "\nThe query has not stopped yet; Ctrl-C once more leaves Dossier.\n";
                ssize_t ignored = write(STDERR_FILENO, note, sizeof note - 1);
                (void)ignored;
            } else if (interrupts_running >= 3) {
                sigset_t set;
                signal(SIGINT, SIG_DFL);
                sigemptyset(&set);
                sigaddset(&set, SIGINT);
                sigprocmask(SIG_UNBLOCK, &set, NULL);
                raise(SIGINT);
            }
        }
        break;
    case SIGWINCH: got_resize = 1; break;
    case SIGCONT: got_continue = 1; break;
    case SIGTSTP:
        if (!editing) {
            /* Not editing: the terminal is in its normal mode; stop now. */
            sigset_t set;
            signal(SIGTSTP, SIG_DFL);
            sigemptyset(&set);
            sigaddset(&set, SIGTSTP);
            sigprocmask(SIG_UNBLOCK, &set, NULL);
            raise(SIGTSTP);
            install(SIGTSTP, on_signal);
        } else {
            got_suspend = 1;
        }
        break;
    default: got_termination = signo; break;
    }
    if (wake_pipe[1] >= 0) {
        ssize_t ignored = write(wake_pipe[1], "s", 1);
        (void)ignored;
    }
    errno = saved;
}

int dossier_signals_install(void) {
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return -1;
    int signals[] = {SIGINT, SIGWINCH, SIGCONT, SIGTSTP, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) install(signals[i], on_signal);
    return 0;
}

int dossier_interrupt_pending(void) { return got_interrupt || got_termination ? 1 : 0; }
void dossier_interrupt_clear(void) { got_interrupt = 0; interrupts_running = 0; }
int dossier_terminating(void) { return got_termination; }

static size_t buffered_input(void) { return input_end - input_next + (pending_byte >= 0 ? 1 : 0); }

int dossier_input_pending(int fd) {
    if (fd == input_fd && buffered_input() > 0) return 1;
    struct pollfd p = {fd, POLLIN, 0};
    return poll(&p, 1, 0) > 0 && (p.revents & POLLIN) ? 1 : 0;
}

static void drain_wake_pipe(void) {
    char buffer[64];
    while (wake_pipe[0] >= 0 && read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
}

/* ---- Reading characters ------------------------------------------------- */

static int line_interrupted;         /* set by dossier-interrupt */

enum { READ_BYTE = 1, READ_END = 0, READ_ERROR = -1, READ_SIGNAL = 2 };

/* Waits for one byte; with `wake` set, returns READ_SIGNAL as soon as a
   signal has been recorded. */
static int read_byte(unsigned char *byte, int wake) {
    if (pending_byte >= 0) {
        *byte = (unsigned char)pending_byte;
        pending_byte = -1;
        return READ_BYTE;
    }
    if (input_next < input_end) {
        *byte = input_buffer[input_next++];
        return READ_BYTE;
    }
    for (;;) {
        if (got_termination) return READ_ERROR;
        if (wake && (got_interrupt || got_resize || got_continue || got_suspend)) return READ_SIGNAL;
        struct pollfd fds[2] = {{input_fd, POLLIN, 0}, {wake_pipe[0], POLLIN, 0}};
        int ready = poll(fds, wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return READ_ERROR;
        }
        if (wake_pipe[0] >= 0 && (fds[1].revents & POLLIN)) drain_wake_pipe();
        if (fds[0].revents == 0) continue;
        ssize_t n = read(input_fd, input_buffer, sizeof input_buffer);
        if (n > 0) {
            input_next = 1;
            input_end = (size_t)n;
            *byte = input_buffer[0];
            return READ_BYTE;
        }
        if (n == 0) return READ_END;
        if (errno == EINTR || errno == EAGAIN) continue;
        return errno == EIO ? READ_END : READ_ERROR;   /* EIO: the terminal went away */
    }
}

static FILE *output_fp;

static void suspend_editing(EditLine *el) {
    if (output_fp) { fputs("\n", output_fp); fflush(output_fp); }
    el_set(el, EL_PREP_TERM, 0);         /* the terminal's own mode while stopped */
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
    install(SIGTSTP, on_signal);
    got_continue = 0;
    el_set(el, EL_PREP_TERM, 1);
    el_set(el, EL_REFRESH);
}

/* libedit's EL_GETCFN: one character, decoded from UTF-8 (an invalid
   sequence reads as U+FFFD). Ctrl-C pressed while editing reads as ^C, which
   dossier-interrupt is bound to, however the terminal delivers it. */
static int read_char(EditLine *el, wchar_t *out) {
    for (;;) {
        unsigned char b;
        int r = read_byte(&b, 1);
        if (r == READ_SIGNAL) {
            if (got_interrupt) {
                got_interrupt = 0;
                interrupts_running = 0;
                *out = 3;
                return 1;
            }
            if (got_suspend) {
                got_suspend = 0;
                suspend_editing(el);
            }
            if (got_continue) {
                got_continue = 0;
                el_set(el, EL_PREP_TERM, 0);
                el_set(el, EL_PREP_TERM, 1);
                el_set(el, EL_REFRESH);
            }
            if (got_resize) {
                got_resize = 0;
                el_resize(el);
            }
            continue;
        }
        if (r != READ_BYTE) return r == READ_END ? 0 : -1;
        int more;
        uint32_t value, minimum;
        if (b < 0x80) { *out = b; return 1; }
        else if (b >= 0xC2 && b <= 0xDF) { more = 1; value = b & 0x1F; minimum = 0x80; }
        else if (b >= 0xE0 && b <= 0xEF) { more = 2; value = b & 0x0F; minimum = 0x800; }
        else if (b >= 0xF0 && b <= 0xF4) { more = 3; value = b & 0x07; minimum = 0x10000; }
        else { *out = 0xFFFD; return 1; }
        while (more-- > 0) {
            unsigned char c;
            r = read_byte(&c, 0);
            if (r != READ_BYTE) { *out = 0xFFFD; return 1; }
            if ((c & 0xC0) != 0x80) { pending_byte = c; *out = 0xFFFD; return 1; }
            value = (value << 6) | (c & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
        *out = (wchar_t)value;
        return 1;
    }
}

/* ---- The editor --------------------------------------------------------- */

static char prompt_text[256] = "> ";

static char *prompt_function(EditLine *el) {
    (void)el;
    return prompt_text;
}

void dossier_set_prompt(const char *text) {
    strncpy(prompt_text, text, sizeof prompt_text - 1);
    prompt_text[sizeof prompt_text - 1] = '\0';
}

/* Ctrl-C: shows ^C at the end of the line and ends it; the caller discards it. */
static unsigned char interrupt_function(EditLine *el, int ch) {
    (void)ch;
    const LineInfo *line = el_line(el);
    line_interrupted = 1;
    el_cursor(el, (int)(line->lastchar - line->buffer) + 1);
    el_insertstr(el, "^C");
    el_push(el, "\n");
    return CC_REFRESH;
}

EditLine *dossier_el_open(const char *program, int output_is_stderr) {
    FILE *in = stdin, *out = output_is_stderr ? stderr : stdout, *err = stderr;
    EditLine *el = el_init(program, in, out, err);
    if (el == NULL) return NULL;
    input_fd = fileno(in);
    output_fp = out;
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 0);
    el_set(el, EL_PROMPT, prompt_function);
    el_set(el, EL_GETCFN, read_char);
    el_set(el, EL_ADDFN, "dossier-interrupt", "Discard the line being typed", interrupt_function);
    return el;
}

void dossier_el_close(EditLine *el) { el_end(el); }

void dossier_el_print(const char *text) {
    FILE *out = output_fp ? output_fp : stdout;
    fputs(text, out);
    fflush(out);
}

int dossier_el_set_history(EditLine *el, History *list) {
    return el_set(el, EL_HIST, history, list);   /* libedit's history() walks the list */
}

int dossier_el_set_client_data(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

void *dossier_el_client_data(EditLine *el) {
    void *data = NULL;
    return el_get(el, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

int dossier_el_add_function(EditLine *el, const char *name, const char *help, dossier_el_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

int dossier_el_bind(EditLine *el, const char *key, const char *function, int alternate) {
    int r = el_set(el, EL_BIND, key, function, NULL);
    if (alternate) r |= el_set(el, EL_BIND, "-a", key, function, NULL);
    return r;
}

int dossier_el_source_editrc(EditLine *el) { return el_source(el, NULL); }

int dossier_el_bind_keys(EditLine *el, const char *tab_function) {
    int r = dossier_el_bind(el, "^I", tab_function, 0);
    r |= dossier_el_bind(el, "^C", "dossier-interrupt", 1);
    return r;
}

const char *dossier_el_gets(EditLine *el, int *length, int *interrupted) {
    int count = 0;
    line_interrupted = 0;
    got_continue = 0;   /* a stop between lines: the prompt is drawn afresh anyway */
    editing = 1;
    /* Raw mode before the prompt shows (el_gets sets it only after), so that
       keys typed once the prompt is visible are not echoed twice. */
    el_set(el, EL_PREP_TERM, 1);
    const char *line = el_gets(el, &count);
    editing = 0;
    *interrupted = line_interrupted;
    line_interrupted = 0;
    if (line == NULL || count <= 0) {
        *length = 0;
        return NULL;
    }
    if (line[count - 1] == '\n') count--;
    *length = count;
    return line;
}

/* ---- History ------------------------------------------------------------ */

History *dossier_history_open(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent event;
    history(h, &event, H_SETSIZE, size);
    history(h, &event, H_SETUNIQUE, 1);
    return h;
}

void dossier_history_close(History *h) { history_end(h); }

int dossier_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

int dossier_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}

int dossier_history_save(History *h, FILE *fp) {
    HistEvent event;
    return history(h, &event, H_SAVE_FP, fp);
}
