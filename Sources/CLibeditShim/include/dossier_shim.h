#ifndef DOSSIER_SHIM_H
#define DOSSIER_SHIM_H
/*
 * A thin layer over libedit for the dossier shell:
 *  - fixed-argument wrappers for libedit's variadic el_set/el_get/history calls;
 *  - a character reader that decodes UTF-8 itself and wakes up on signals, so
 *    that Ctrl-C clears the line and a resize is noticed while editing;
 *  - signal handlers that only set flags (and write to a self-pipe).
 * The types are declared here as libedit declares them, so Swift sees one
 * opaque EditLine and History whichever module it takes them from.
 */
#include <stdio.h>

typedef struct editline EditLine;
typedef struct history History;

/* An editor function bound to a key: returns one of libedit's CC_ codes. */
typedef unsigned char (*dossier_el_function)(EditLine *, int);

/* Opens an editor reading stdin and drawing on stdout (or stderr): emacs
   bindings, libedit's own signal handling off (ours is installed with
   dossier_signals_install), the prompt from dossier_set_prompt, characters
   read by dossier's reader, a "dossier-interrupt" function for Ctrl-C.
   Returns NULL if libedit cannot start. */
EditLine *dossier_el_open(const char *program, int output_is_stderr);
/* Writes text where the editor draws (stdout or stderr), flushed. */
void dossier_el_print(const char *text);
void dossier_el_close(EditLine *el);

/* The text of the prompt; copied (at most 255 bytes). */
void dossier_set_prompt(const char *text);

int dossier_el_set_history(EditLine *el, History *list);
int dossier_el_set_client_data(EditLine *el, void *data);
void *dossier_el_client_data(EditLine *el);
int dossier_el_add_function(EditLine *el, const char *name, const char *help, dossier_el_function function);
/* Binds a key sequence (as in editrc(5): "^I", "\\e[A") in the main keymap
   (emacs, or vi insert mode), and with alternate != 0 in vi command mode too. */
int dossier_el_bind(EditLine *el, const char *key, const char *function, int alternate);
/* Reads ~/.editrc (or $EDITRC), as el_source(el, NULL) does. */
int dossier_el_source_editrc(EditLine *el);
/* Binds Tab to the named function and Ctrl-C to dossier-interrupt (after the
   editrc, so that "bind -v" there cannot drop them). */
int dossier_el_bind_keys(EditLine *el, const char *tab_function);

/* One line: its text (without the newline) and length in bytes, or NULL at end
   of input or on a termination signal (see dossier_terminating). *interrupted
   is set when Ctrl-C ended the line: its text is to be discarded. */
const char *dossier_el_gets(EditLine *el, int *length, int *interrupted);

/* History: an empty list of at most `size` entries that drops consecutive duplicates. */
History *dossier_history_open(int size);
void dossier_history_close(History *h);
int dossier_history_enter(History *h, const char *line);
/* Number of entries read, or -1 when the file is missing, unreadable or not a history file. */
int dossier_history_load(History *h, const char *path);
/* Number of entries written, or -1. The caller checks the stream for errors. */
int dossier_history_save(History *h, FILE *fp);

/* Installs handlers for SIGINT, SIGWINCH, SIGCONT, SIGTSTP, SIGTERM and SIGHUP
   that only record the signal, except that a third Ctrl-C while a statement
   runs (the query did not stop) ends the program. Returns 0, or -1 with errno set. */
int dossier_signals_install(void);
/* Whether Ctrl-C was pressed since the flag was last cleared, or a
   termination signal came (1 or 0): a running query stops. */
int dossier_interrupt_pending(void);
void dossier_interrupt_clear(void);
/* SIGTERM or SIGHUP once received, else 0. */
int dossier_terminating(void);
/* Whether more input is waiting on fd (for pasted text), without reading it. */
int dossier_input_pending(int fd);

#endif
