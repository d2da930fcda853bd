#ifndef DOSSIER_CLIBEDIT_SHIM_H
#define DOSSIER_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <editline/readline.h>
#endif
