// `kg check`: a full scan of a database that verifies every invariant the writers keep, the
// way `PRAGMA integrity_check` does for SQLite. Used by users after a crash or a copy, and by
// the crash-test harness after every kill.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kg/base/status.h"

namespace kg {

class ReadView;

struct IntegrityReport {
  // One line per problem found (at most kMaxProblems are kept; `problem_count` has them all).
  std::vector<std::string> problems;
  int64_t problem_count = 0;
  // What was scanned.
  int64_t terms = 0, names = 0, triples = 0, facts = 0, documents = 0, sentences = 0;
  bool ok() const { return problem_count == 0; }

  static constexpr size_t kMaxProblems = 50;
};

// Checks, on one consistent snapshot:
//  - every spo entry has its pos and osp twins (same flags) and every pos/osp entry its spo;
//  - index entries name existing terms; an entry flagged as having a record has a fact record
//    whose subject/relation/object match, and every fact record has its index entry;
//  - every piece of evidence cites an existing document, which lists the fact;
//  - each document is whole: its record, all its sentences, and no fact list entry pointing
//    at a fact that does not cite it;
//  - every name entry points to an existing term;
//  - the counters `kg stats` shows (entities, relations, literals, triples, facts, documents,
//    triples per relation) equal what the scan counted.
// Errors are for failures to read; what is wrong with the data goes into the report.
Status CheckIntegrity(const ReadView& view, IntegrityReport* report);

}  // namespace kg
