// AskedGraph (asked_graph.h).
#include "tests/support/asked_graph.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/support/fixture_graph.h"
#include "tests/support/test_macros.h"

namespace kg::testing {

AskedGraph::AskedGraph(void (*build)(const std::string& db)) {
  build(tmp_.Sub("g.db"));
  auto e = Engine::Open({tmp_.Sub("g.db"), false, false});
  REQUIRE_OK(e);
  engine_ = std::move(e).value();
}

AskedGraph::AskedGraph(const std::string& text, const std::string& name) {
  Engine::OpenOptions open;
  open.db = tmp_.Sub("g.db");
  open.write = true;
  open.create = true;
  auto e = Engine::Open(open);
  REQUIRE_OK(e);
  engine_ = std::move(e).value();
  REQUIRE_OK(engine_->Ingest(text, name, IngestOptions{}));
}

QuestionGraph::QuestionGraph() : AskedGraph(BuildQuestionGraph) {}

std::vector<std::string> AskedGraph::Answers(const std::string& query) {
  auto r = engine_->Query(query, {});
  INFO(query);
  REQUIRE_OK(r);
  std::vector<std::string> out;
  for (const auto& row : r->rows) out.push_back(row.empty() ? "" : row[0].text);
  std::sort(out.begin(), out.end());
  return out;
}

std::string AskedGraph::Error(const std::string& query) {
  auto r = engine_->Query(query, {});
  INFO(query);
  REQUIRE_FALSE(r.ok());
  return r.status().ToString();
}

}  // namespace kg::testing
