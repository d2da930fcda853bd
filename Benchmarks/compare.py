#!/usr/bin/env python3
"""Dossier beside DuckDB and SQLite on the same synthetic corpus, in one run.

    python3 Benchmarks/compare.py --events 1000000 [--runs 9] [--seed 42]

What it does, in order (nothing runs at the same time as anything else):

1. Generates the corpus with Benchmarks/generate.py --csv into bench-data/<size>/ unless the
   files are there already from the same --events, --seed and generate.py.
2. Builds dossier-bench in release mode (swift build -c release --build-path .build-bench;
   --no-build skips this) and makes sure DuckDB is importable: if `import duckdb, pyarrow`
   fails in this Python, it creates bench-data/venv and installs both there with pip.
3. Runs three child processes one after the other, each on its own copy of the data:
   - Dossier:  dossier-bench loads corpus.jsonl and runs each query --runs times;
   - DuckDB:   this script as a worker in the DuckDB Python, which imports the CSV files
               into an in-memory database and runs the SQL;
   - SQLite:   the sqlite3 shell on an in-memory database: .import of the CSV files, the
               conversion of empty fields to NULL, the indexes and ANALYZE, then the SQL,
               timed with .timer on.
   Each reports its load time and the median of --runs warm runs per query; the peak
   resident memory of each child is read from the kernel (wait4's ru_maxrss).
4. Checks that the three engines gave the same answer to every query and exits 1, with a
   message naming the query and showing the difference, when they do not.
5. Measures extraction on generated text: the first --extract-mb MB of article text of the
   corpus are written as text articles (`date YYYY-MM-DD` header, then the text) to
   bench-data/texts-seed<seed>/, and dossier-bench --extract reports MB per CPU second of
   the extractor and of its split-and-gazetteer baseline (--no-extract skips this).

Prints a Markdown report and writes it, with the raw figures as JSON, to
bench-data/<size>/report.md and report.json.

Only the Python 3 standard library is needed to run this file; DuckDB and pyarrow are
installed into bench-data/venv on first use if this Python lacks them.
"""
import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------
# The questions. `sql` runs unchanged on DuckDB and SQLite. `check` says how answers compare:
#   ids      the set of event ids (the order is not part of the answer)
#   rows     the set of rows of a table
#   ordered  the list of event ids in order
# Notes on equivalence (see BENCHMARKS.md, "What each query means"):
# - `actor = "Lavrov"` resolves the name through aliases to the actor "Sergei Lavrov" and holds
#   when any of the event's actors is that actor. event_actors.csv holds canonical names, so
#   the SQL is given the canonical name (the alias lookup is done by hand, in the SQL's favour).
# - `date in 2020-10` holds when every day the date covers lies in October 2020: a day in
#   October or the month 2020-10 itself; events without a date never match. date_first and
#   date_last are the first and last day the date covers. The redundant bound
#   date_first <= '2020-10-31' lets SQLite's index on (type, date_first) bound its range scan.
# - `count by location` keeps events without a location as a group of their own (null), as
#   SQL's GROUP BY does; it orders by count, most first, as the SQL does.
# - `max(date)`: Dossier orders dates by (year, month, day) with a month before its days;
#   the literal strings 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' sort the same way as text, so SQL's
#   max over the `date` column agrees. sum() over only nulls is null on both sides.
# - `sort by killed desc` is stable in Dossier (ties keep corpus order, which is id order in
#   a generated corpus); the SQL breaks ties by id to say the same.
QUERIES = [
    dict(key="entity", name="entity filter",
         dq='events where actor = "Lavrov"',
         sql="SELECT id FROM events WHERE id IN (SELECT event FROM event_actors WHERE actor = 'Sergei Lavrov')",
         check="ids"),
    dict(key="type_date", name="type and date filter",
         dq='events where type = "assault" and date in 2020-10',
         sql="SELECT id FROM events WHERE type = 'assault' AND date_first >= '2020-10-01' "
             "AND date_first <= '2020-10-31' AND date_last <= '2020-10-31'",
         check="ids"),
    dict(key="scan", name="full scan, numeric comparison",
         dq="events where killed > 10",
         sql="SELECT id FROM events WHERE killed > 10",
         check="ids"),
    dict(key="count_by", name="count by location",
         dq="events count by location",
         sql="SELECT location, count(*) AS count FROM events GROUP BY location ORDER BY count DESC, location",
         check="rows"),
    dict(key="group_by", name="group by, 3 aggregates",
         dq="events | group by type (n = count(), killed = sum(killed), last = max(date))",
         sql="SELECT type, count(*) AS n, sum(killed) AS killed, max(date) AS last FROM events "
             "GROUP BY type ORDER BY type",
         check="rows"),
    dict(key="top", name="sort with limit",
         dq="events where killed > 0 | sort by killed desc | limit 10",
         sql="SELECT id FROM events WHERE killed > 0 ORDER BY killed DESC, id LIMIT 10",
         check="ordered"),
]

# CSV files written by generate.py --csv, with their columns and types (DuckDB, SQLite).
TABLES = [
    ("articles", [("id", "VARCHAR", "TEXT"), ("title", "VARCHAR", "TEXT"), ("outlet", "VARCHAR", "TEXT"),
                  ("byline", "VARCHAR", "TEXT"), ("url", "VARCHAR", "TEXT"), ("date", "VARCHAR", "TEXT"),
                  ("lang", "VARCHAR", "TEXT"), ("words", "INTEGER", "INTEGER")]),
    ("events", [("id", "VARCHAR", "TEXT"), ("article", "VARCHAR", "TEXT"), ("type", "VARCHAR", "TEXT"),
                ("mode", "VARCHAR", "TEXT"), ("location", "VARCHAR", "TEXT"), ("country", "VARCHAR", "TEXT"),
                ("date", "VARCHAR", "TEXT"), ("date_first", "DATE", "TEXT"), ("date_last", "DATE", "TEXT"),
                ("killed", "INTEGER", "INTEGER"), ("injured", "INTEGER", "INTEGER"), ("sentence", "VARCHAR", "TEXT"),
                ("confidence", "DOUBLE", "REAL")]),
    ("event_actors", [("event", "VARCHAR", "TEXT"), ("actor", "VARCHAR", "TEXT"), ("role", "VARCHAR", "TEXT")]),
    ("actors", [("name", "VARCHAR", "TEXT"), ("kind", "VARCHAR", "TEXT"), ("country", "VARCHAR", "TEXT"),
                ("role", "VARCHAR", "TEXT")]),
    ("places", [("name", "VARCHAR", "TEXT"), ("kind", "VARCHAR", "TEXT"), ("country", "VARCHAR", "TEXT"),
                ("lat", "DOUBLE", "REAL"), ("lon", "DOUBLE", "REAL")]),
]

# The indexes a fair SQLite user would make for these questions (events.id is a primary key).
SQLITE_INDEXES = [
    "CREATE INDEX event_actors_actor ON event_actors(actor, event)",
    "CREATE INDEX events_type_date ON events(type, date_first)",
    "CREATE INDEX events_location ON events(location)",
]


def say(msg):
    print(msg, file=sys.stderr, flush=True)


def size_label(n):
    for unit, div in (("m", 1_000_000), ("k", 1_000)):
        if n >= div and n % div == 0:
            return f"{n // div}{unit}"
    return str(n)


def run_child(argv, **kw):
    """Runs a child to completion; returns (stdout, stderr, exit status, peak RSS in bytes, wall seconds)."""
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    # Read both pipes to the end, then reap the child with wait4, which gives its rusage.
    chunks = {"out": [], "err": []}

    def pump(stream, key):
        chunks[key].append(stream.read())

    threads = [threading.Thread(target=pump, args=(p.stdout, "out")),
               threading.Thread(target=pump, args=(p.stderr, "err"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return "".join(chunks["out"]), "".join(chunks["err"]), p.returncode, usage.ru_maxrss * 1024, \
        time.monotonic() - start


# ---------------------------------------------------------------------------------------------
# Data and tools


def ensure_data(args, data):
    stamp_path = os.path.join(data, ".generated")
    with open(os.path.join(ROOT, "Benchmarks", "generate.py"), "rb") as f:
        generator = hashlib.sha1(f.read()).hexdigest()
    want = {"events": args.events, "seed": args.seed, "csv": True, "generator": generator}
    names = ["corpus.jsonl", "articles.csv", "events.csv", "event_actors.csv", "actors.csv", "places.csv"]
    try:
        with open(stamp_path) as f:
            have = json.load(f)
    except (OSError, ValueError):
        have = None
    if have == want and all(os.path.exists(os.path.join(data, n)) for n in names):
        return
    say(f"compare.py: generating {args.events} events (seed {args.seed}) into {data}")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), "--events", str(args.events),
                    "--seed", str(args.seed), "--out", data, "--csv"], check=True)
    with open(stamp_path, "w") as f:
        json.dump(want, f)


def ensure_dossier(args):
    binary = os.path.join(ROOT, args.build_path, "release", "dossier-bench")
    if not args.no_build:
        say("compare.py: swift build -c release --build-path " + args.build_path + " --product dossier-bench")
        subprocess.run(["swift", "build", "-c", "release", "--build-path", args.build_path, "--product",
                        "dossier-bench"], cwd=ROOT, check=True)
    if not os.access(binary, os.X_OK):
        sys.exit(f"compare.py: {binary} is missing; build it or drop --no-build")
    return binary


def ensure_duckdb_python():
    """A Python that can import duckdb and pyarrow: this one, or bench-data/venv (made on first use)."""
    probe = "import duckdb, pyarrow"
    if subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0:
        return sys.executable
    venv = os.path.join(ROOT, "bench-data", "venv")
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        say(f"compare.py: creating {venv} for DuckDB")
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    if subprocess.run([py, "-c", probe], capture_output=True).returncode != 0:
        say("compare.py: pip install duckdb pyarrow (into bench-data/venv)")
        subprocess.run([py, "-m", "pip", "install", "-q", "duckdb", "pyarrow"], check=True)
    return py


# ---------------------------------------------------------------------------------------------
# Dossier


def run_dossier(binary, data, results, runs):
    argv = [binary, os.path.join(data, "corpus.jsonl"), "--runs", str(runs), "--results", results]
    for q in QUERIES:
        argv += ["--query", q["dq"]]
    say("compare.py: Dossier ...")
    out, err, code, rss, wall = run_child(argv)
    if code != 0:
        sys.exit(f"compare.py: dossier-bench failed ({code}):\n{err}{out}")
    r = {"peak_rss": rss, "wall": wall, "queries": {}, "log": out}
    m = re.search(r"^load: ([0-9.]+) s", out, re.M)
    r["load"] = float(m.group(1))
    by_text = {q["dq"]: q for q in QUERIES}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0] in by_text:
            r["queries"][by_text[parts[0]]["key"]] = {"median_ms": float(parts[1]), "min_ms": float(parts[2])}
        elif len(parts) == 2 and parts[0] in by_text:
            sys.exit(f"compare.py: Dossier could not run {parts[0]!r}: {parts[1]}")
    for i, q in enumerate(QUERIES):
        with open(os.path.join(results, f"q{i + 1}.tsv"), encoding="utf-8") as f:
            text = f.read()
        r["queries"][q["key"]]["answer"] = parse_dossier_answer(text, q["check"])
    return r


def parse_dossier_answer(text, check):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if check in ("ids", "ordered"):
        return lines
    return [tuple(line.split("\t")) for line in lines[1:]]   # drop the header line


# ---------------------------------------------------------------------------------------------
# DuckDB (runs as a worker process inside a Python that has duckdb)


def duckdb_worker(data, runs, results_path, threads):
    import duckdb
    import pyarrow  # noqa: F401  (the timed runs materialise results as Arrow tables)
    base_rss = current_rss()
    con = duckdb.connect(":memory:")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    t0 = time.perf_counter()
    for table, cols in TABLES:
        spec = ", ".join(f"'{c}': '{t}'" for c, t, _ in cols)
        path = os.path.join(data, table + ".csv").replace("'", "''")
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', header = true, "
                    f"columns = {{{spec}}})")
    load = time.perf_counter() - t0
    out = {"load": load, "base_rss": base_rss, "version": duckdb.__version__,
           "threads": con.execute("SELECT current_setting('threads')").fetchone()[0], "queries": {}}
    for q in QUERIES:
        # First run: the answer, as Python values, for the check (untimed).
        answer = con.execute(q["sql"]).fetchall()
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            con.sql(q["sql"]).to_arrow_table()   # the whole result, in columnar memory
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out["queries"][q["key"]] = {"median_ms": statistics.median(times), "min_ms": times[0],
                                    "answer": [[text(v) for v in row] for row in answer]}
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(out, f)


def current_rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def text(v):
    """A SQL value as Dossier's TSV prints it: null empty, integers in decimal."""
    if v is None:
        return ""
    return str(v)


def run_duckdb(py, data, results, runs, threads):
    path = os.path.join(results, "duckdb.json")
    say("compare.py: DuckDB ...")
    out, err, code, rss, wall = run_child([py, os.path.abspath(__file__), "--duckdb-worker", data,
                                           "--runs", str(runs), "--worker-out", path,
                                           "--duckdb-threads", str(threads)])
    if code != 0:
        sys.exit(f"compare.py: the DuckDB worker failed ({code}):\n{err}{out}")
    with open(path, encoding="utf-8") as f:
        r = json.load(f)
    r["peak_rss"], r["wall"] = rss, wall
    for q in QUERIES:
        rows = r["queries"][q["key"]]["answer"]
        r["queries"][q["key"]]["answer"] = [row[0] for row in rows] if q["check"] != "rows" else \
            [tuple(row) for row in rows]
    return r


# ---------------------------------------------------------------------------------------------
# SQLite (the sqlite3 shell)


def sqlite_script(data, results, runs, stamps):
    def sq(s):
        return "'" + s.replace("'", "''") + "'"

    lines = [".bail on", ".headers off", ".mode tabs", ".nullvalue ''", ".timer on",
             f".system date +%s.%N > {sq(stamps)}"]
    for table, cols in TABLES:
        lines.append(f"CREATE TABLE {table}_csv ({', '.join(c + ' TEXT' for c, _, _ in cols)});")
        lines.append(f".import --csv --skip 1 {sq(os.path.join(data, table + '.csv'))} {table}_csv")
    lines.append(".print @@CONVERT")
    for table, cols in TABLES:
        decl = ", ".join(f"{c} {t}" + (" PRIMARY KEY" if (table, c) == ("events", "id") else "")
                         for c, _, t in cols)
        conv = ", ".join(c if (table, c) == ("events", "id") else
                         (f"NULLIF({c}, '')" if t == "TEXT" else f"CAST(NULLIF({c}, '') AS {t})")
                         for c, _, t in cols)
        lines.append(f"CREATE TABLE {table} ({decl});")
        lines.append(f"INSERT INTO {table} SELECT {conv} FROM {table}_csv;")
        lines.append(f"DROP TABLE {table}_csv;")
    lines.append(".print @@INDEX")
    lines += [s + ";" for s in SQLITE_INDEXES]
    lines.append("ANALYZE;")
    lines.append(f".system date +%s.%N >> {sq(stamps)}")
    for i, q in enumerate(QUERIES):
        lines.append(f".print @@PLAN {q['key']}")
        lines.append(".timer off")
        lines.append("EXPLAIN QUERY PLAN " + q["sql"] + ";")
        lines.append(".timer on")
        lines.append(f".print @@CHECK {q['key']}")
        lines.append(f".output {sq(os.path.join(results, f'sqlite-q{i + 1}.tsv'))}")
        lines.append(q["sql"] + ";")
        lines.append(".output stdout")
        lines.append(f".print @@RUNS {q['key']}")
        lines.append(".output /dev/null")
        lines += [q["sql"] + ";"] * runs
        lines.append(".output stdout")
    lines.append(".print @@END")
    return "\n".join(lines) + "\n"


def run_sqlite(data, results, runs):
    stamps = os.path.join(results, "sqlite-stamps.txt")
    script = os.path.join(results, "sqlite-script.sql")
    with open(script, "w", encoding="utf-8") as f:
        f.write(sqlite_script(data, results, runs, stamps))
    say("compare.py: SQLite ...")
    with open(script, encoding="utf-8") as stdin:
        out, err, code, rss, wall = run_child(["sqlite3", "-batch", ":memory:"], stdin=stdin)
    if code != 0 or "@@END" not in out:
        sys.exit(f"compare.py: sqlite3 failed ({code}):\n{err}{out[-3000:]}")
    with open(stamps) as f:
        t = [float(x) for x in f.read().split()]
    r = {"load": t[1] - t[0], "peak_rss": rss, "wall": wall, "queries": {}, "plans": {},
         "version": subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]}
    section, key = None, None
    phase = {"CONVERT": 0.0, "INDEX": 0.0}
    timings = {q["key"]: [] for q in QUERIES}
    for line in out.splitlines():
        if line.startswith("@@"):
            parts = line[2:].split()
            section, key = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        m = re.match(r"Run Time: real ([0-9.]+)", line)
        if m:
            if section in phase:
                phase[section] += float(m.group(1))
            elif section == "RUNS":
                timings[key].append(float(m.group(1)) * 1000)
        elif section == "PLAN" and line.strip():
            r["plans"].setdefault(key, []).append(line.rstrip())
    r["convert_s"], r["index_s"] = phase["CONVERT"], phase["INDEX"]
    for i, q in enumerate(QUERIES):
        ts = sorted(timings[q["key"]])
        with open(os.path.join(results, f"sqlite-q{i + 1}.tsv"), encoding="utf-8") as f:
            rows = [tuple(line.split("\t")) for line in f.read().split("\n") if line != ""]
        answer = [row[0] for row in rows] if q["check"] != "rows" else rows
        r["queries"][q["key"]] = {"median_ms": statistics.median(ts), "min_ms": ts[0], "answer": answer}
    return r


# ---------------------------------------------------------------------------------------------
# The check


def normalise(answer, check):
    if check == "ordered":
        return list(answer)
    return sorted(answer)


def compare_answers(engines):
    problems = []
    for q in QUERIES:
        ref_name, ref = "Dossier", normalise(engines["Dossier"]["queries"][q["key"]]["answer"], q["check"])
        for name in ("DuckDB", "SQLite"):
            got = normalise(engines[name]["queries"][q["key"]]["answer"], q["check"])
            if got == ref:
                continue
            a, b = set(ref), set(got)
            msg = [f"MISMATCH on {q['name']}: {q['dq']!r}  vs  {q['sql']!r}",
                   f"  {ref_name}: {len(ref)} rows, {name}: {len(got)} rows"]
            only_ref, only_got = sorted(a - b)[:5], sorted(b - a)[:5]
            if only_ref:
                msg.append(f"  only in {ref_name} ({len(a - b)}): {only_ref}")
            if only_got:
                msg.append(f"  only in {name} ({len(b - a)}): {only_got}")
            if not only_ref and not only_got:
                msg.append(f"  same rows in another order: {ref_name} {ref[:10]}, {name} {got[:10]}")
            problems.append("\n".join(msg))
    return problems


# ---------------------------------------------------------------------------------------------
# Extraction on generated text


def write_texts(corpus, folder, megabytes):
    """The first `megabytes` MB of article text of a generated corpus, one text article a file;
    returns (articles, bytes of text, events the generator wrote for them)."""
    done = os.path.join(folder, ".done")
    if os.path.exists(done):
        with open(done) as f:
            return tuple(json.load(f))
    os.makedirs(folder, exist_ok=True)
    n = size = events = 0
    limit = megabytes * 1e6
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.startswith('{"record":"event"'):
                if size <= limit or n == 0:
                    events += 1
                continue
            if size > limit:
                break
            if not line.startswith('{"record":"article"'):
                continue
            a = json.loads(line)
            with open(os.path.join(folder, a["id"] + ".txt"), "w", encoding="utf-8") as out:
                out.write(f"date {a['date']}\n\n{a['text']}\n")
            n += 1
            size += len(a["text"].encode("utf-8"))
    with open(done, "w") as f:
        json.dump([n, size, events], f)
    return n, size, events


def run_extraction(binary, data, args):
    folder = os.path.join(ROOT, "bench-data", f"texts-seed{args.seed}-{args.extract_mb}mb")
    n, size, events = write_texts(os.path.join(data, "corpus.jsonl"), folder, args.extract_mb)
    say(f"compare.py: extraction over {n} generated articles ({size / 1e6:.1f} MB) ...")
    out, err, code, rss, wall = run_child([binary, "--extract", folder, "--megabytes", str(args.extract_megabytes),
                                           "--runs", str(args.extract_runs)])
    if code != 0:
        sys.exit(f"compare.py: dossier-bench --extract failed ({code}):\n{err}{out}")
    r = {"articles": n, "bytes": size, "generated_events": events, "log": out.strip(), "peak_rss": rss}
    for line in out.splitlines():
        m = re.match(r"(.*?)\tmedian ([0-9.]+) MB per CPU second \(min ([0-9.]+), max ([0-9.]+)\); "
                     r"wall clock ([0-9.]+) MB/s\t\((\d+) items per run\)", line)
        if m:
            kind = "baseline" if m.group(1).startswith("baseline") else "extract"
            r[kind] = {"cpu_mb_s": float(m.group(2)), "min": float(m.group(3)), "max": float(m.group(4)),
                       "wall_mb_s": float(m.group(5)), "items": int(m.group(6))}
        m = re.match(r"extraction: .* x (\d+) passes", line)
        if m:
            r["passes"] = int(m.group(1))
    return r


# ---------------------------------------------------------------------------------------------
# The report


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem / 2**30, 1),
            "kernel": platform.release(), "swift": swift[0] if swift else "?",
            "commit": commit + (" (with uncommitted changes)" if dirty else ""),
            "date": time.strftime("%Y-%m-%d %H:%M")}


def ratio(a, b):
    return f"{a / b:.2f}" if b > 0 else "n/a"


def report(args, m, engines, problems, counts, extraction):
    d, k, s = engines["Dossier"], engines["DuckDB"], engines["SQLite"]
    out = [f"## {args.events:,} events ({counts})", "",
           f"{m['date']}, {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; {m['swift']}; "
           f"Dossier at {m['commit']}; DuckDB {k['version']} ({k['threads']} threads); SQLite {s['version']} "
           f"(shell); median of {args.runs} warm runs, milliseconds; ratio < 1 means Dossier is faster.", "",
           "| query | Dossier | DuckDB | SQLite | Dossier/DuckDB | Dossier/SQLite | rows | same answer |",
           "|---|---:|---:|---:|---:|---:|---:|:---:|"]
    bad = {p.split(":")[0].replace("MISMATCH on ", "") for p in problems}
    for q in QUERIES:
        a, b, c = (e["queries"][q["key"]]["median_ms"] for e in (d, k, s))
        rows = len(d["queries"][q["key"]]["answer"])
        out.append(f"| `{q['dq']}` | {a:.2f} | {b:.2f} | {c:.2f} | {ratio(a, b)} | {ratio(a, c)} | {rows:,} | "
                   f"{'NO' if q['name'] in bad else 'yes'} |")
    out.append(f"| load (s) | {d['load']:.2f} | {k['load']:.2f} | {s['load']:.2f} | {ratio(d['load'], k['load'])} | "
               f"{ratio(d['load'], s['load'])} | | |")
    out.append(f"| peak RSS (MB) | {d['peak_rss'] / 1e6:.0f} | {k['peak_rss'] / 1e6:.0f} | {s['peak_rss'] / 1e6:.0f} | "
               f"{ratio(d['peak_rss'], k['peak_rss'])} | {ratio(d['peak_rss'], s['peak_rss'])} | | |")
    out += ["",
            f"Load: Dossier reads corpus.jsonl (with article text); DuckDB imports the five CSV files; SQLite "
            f"imports them ({s['load'] - s['convert_s'] - s['index_s']:.2f} s), turns empty fields into NULL "
            f"({s['convert_s']:.2f} s) and builds its indexes and statistics ({s['index_s']:.2f} s). Peak RSS is "
            f"the child process's high-water mark; the DuckDB worker's includes the Python interpreter, DuckDB and "
            f"pyarrow, {k['base_rss'] / 1e6:.0f} MB before loading."]
    if extraction:
        e = extraction
        out += ["", f"Extraction on generated text: {e['articles']:,} articles of this corpus "
                    f"({e['bytes'] / 1e6:.1f} MB of text; the generator wrote {e['generated_events']:,} events "
                    f"for them), one core, median of {args.extract_runs} runs of {args.extract_megabytes} MB:", "",
                "| | MB per CPU second | min | max | wall clock MB/s | items per pass |",
                "|---|---:|---:|---:|---:|---:|"]
        for kind, label in (("extract", "extractor (events)"), ("baseline", "baseline: split + gazetteer (mentions)")):
            if kind in e:
                x = e[kind]
                out.append(f"| {label} | {x['cpu_mb_s']:.1f} | {x['min']:.1f} | {x['max']:.1f} | {x['wall_mb_s']:.1f} | "
                           f"{x['items'] // max(1, e.get('passes', 1)):,} |")
    if problems:
        out += ["", "**The engines disagree:**", "", "```"] + problems + ["```"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description="Dossier, DuckDB and SQLite on the same generated corpus.")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=9, help="warm runs per query (median reported)")
    ap.add_argument("--build-path", default=".build-bench")
    ap.add_argument("--no-build", action="store_true", help="use the dossier-bench already built")
    ap.add_argument("--no-extract", action="store_true", help="skip the extraction throughput")
    ap.add_argument("--extract-mb", type=int, default=4, help="MB of generated text written as articles")
    ap.add_argument("--extract-megabytes", type=int, default=20, help="MB of text extracted per run")
    ap.add_argument("--extract-runs", type=int, default=5)
    ap.add_argument("--duckdb-threads", type=int, default=0,
                    help="DuckDB's worker threads (default: DuckDB's own choice, one per core)")
    ap.add_argument("--duckdb-worker", metavar="DATA", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.duckdb_worker:
        duckdb_worker(args.duckdb_worker, args.runs, args.worker_out, args.duckdb_threads)
        return
    if not shutil.which("sqlite3"):
        sys.exit("compare.py: the sqlite3 shell is not on PATH (Debian: apt-get install sqlite3)")
    data = os.path.join(ROOT, "bench-data", size_label(args.events))
    results = os.path.join(data, "results")
    for sub in ("dossier", ""):
        os.makedirs(os.path.join(results, sub), exist_ok=True)
    ensure_data(args, data)
    binary = ensure_dossier(args)
    py = ensure_duckdb_python()
    m = machine()
    engines = {"Dossier": run_dossier(binary, data, os.path.join(results, "dossier"), args.runs),
               "DuckDB": run_duckdb(py, data, results, args.runs, args.duckdb_threads),
               "SQLite": run_sqlite(data, results, args.runs)}
    problems = compare_answers(engines)
    counts = engines["Dossier"]["log"].splitlines()[0].split(",", 1)[1].strip()
    extraction = None if args.no_extract else run_extraction(binary, data, args)
    text_ = report(args, m, engines, problems, counts, extraction)
    print(text_)
    with open(os.path.join(data, "report.md"), "w", encoding="utf-8") as f:
        f.write(text_)
    raw = {"machine": m, "args": vars(args), "problems": problems, "extraction": extraction,
           "sqlite_plans": engines["SQLite"]["plans"],
           "engines": {n: {k: v for k, v in e.items() if k not in ("queries", "plans")} |
                       {"queries": {q: {k: v for k, v in x.items() if k != "answer"} | {"rows": len(x["answer"])}
                                    for q, x in e["queries"].items()}}
                       for n, e in engines.items()}}
    with open(os.path.join(data, "report.json"), "w", encoding="utf-8") as f:
        json.dump(raw, f, indent=1)
    if problems:
        say("\n".join(["", "compare.py: THE ENGINES GAVE DIFFERENT ANSWERS:"] + problems))
        sys.exit(1)
    say("compare.py: all three engines gave the same answers to every query.")


if __name__ == "__main__":
    main()
