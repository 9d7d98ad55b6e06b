// A test graph asked questions through the engine, as the question tests need it: built by one
// of the fixture builders, or ingested from a text, into a temporary directory, answering with
// the first column of its rows (sorted) or with the error a question gets.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kg/engine.h"
#include "tests/support/temp_dir.h"

namespace kg::testing {

class AskedGraph {
 public:
  // `build` writes the graph into the database directory it is given (BuildFixtureGraph,
  // BuildQuestionGraph).
  explicit AskedGraph(void (*build)(const std::string& db));
  // A graph holding what kg extracts from `text`, ingested as a document named `name` (its
  // extension picks the reader: .txt, .md, .html).
  AskedGraph(const std::string& text, const std::string& name);
  // The first column of every row, sorted. The query must succeed.
  std::vector<std::string> Answers(const std::string& query);
  // The error the query gets. The query must fail.
  std::string Error(const std::string& query);

 private:
  TempDir tmp_;
  std::unique_ptr<Engine> engine_;
};

// The graph of made-up companies most question tests ask (BuildQuestionGraph).
struct QuestionGraph : AskedGraph {
  QuestionGraph();
};

}  // namespace kg::testing
