#ifndef DOSSIER_CLIBEDIT_SHIM_H
#define DOSSIER_CLIBEDIT_SHIM_H
/* libedit's native interface (el_*, history). Its variadic calls are
   wrapped in the CLibeditShim target, since Swift cannot call them. */
#include <stdio.h>
#include <histedit.h>
#endif
