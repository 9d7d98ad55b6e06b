// Ingest benchmark: `kg ingest` on a Korean corpus of tens of MB (korean_corpus.cpp varies the
// example documents) beside the ICU-only baseline (read + validate + NFC + sentence split of
// the same bytes, baseline_icu.cpp). Also times the extraction pipeline alone, without
// storage, to show where the time goes. Every measurement is its own child process, so each
// has its own CPU time and peak RSS; sides alternate and the faster of two runs is kept.
//
//   bench_ingest run [MB...]           (default 12 25 50) corpora go to bench/data/ingest-<MB>mb
//   bench_ingest icu-baseline LIST     (child) LIST: a file with one document path per line
//   bench_ingest pipeline LIST         (child) extraction only, no storage
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/baseline_icu.h"
#include "bench/bench_util.h"
#include "bench/korean_corpus.h"
#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "ingest/relations.h"

namespace fs = std::filesystem;
using namespace kg;
using namespace kg::bench;

namespace {

std::vector<std::string> ReadList(const std::string& list) {
  std::ifstream in(list);
  std::vector<std::string> files;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) files.push_back(line);
  }
  return files;
}

int IcuBaseline(const std::string& list) {
  IcuBaselineResult r = RunIcuBaseline(ReadList(list));
  std::printf("%llu bytes, %llu sentences\n", static_cast<unsigned long long>(r.bytes),
              static_cast<unsigned long long>(r.sentences));
  return 0;
}

int PipelineOnly(const std::string& list) {
  Result<ingest::Lexicon> lexicon = ingest::Lexicon::Default();
  Result<ingest::RelationVocabulary> relations = ingest::RelationVocabulary::Default();
  if (!lexicon.ok() || !relations.ok()) {
    std::fprintf(stderr, "error: cannot load the built-in data\n");
    return 1;
  }
  ingest::Pipeline pipeline(std::move(lexicon).value(), std::move(relations).value());
  size_t facts = 0;
  for (const std::string& path : ReadList(list)) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    auto extracted = pipeline.Run(buf.str(), {});
    if (!extracted.ok()) {
      std::fprintf(stderr, "error: %s\n", extracted.status().ToString().c_str());
      return 1;
    }
    facts += extracted->facts.size();
  }
  std::printf("%zu facts\n", facts);
  return 0;
}

struct Side {
  ChildRun best;
  bool measured = false;
  void Keep(const ChildRun& r, const char* what) {
    if (r.exit_code != 0) {
      std::fprintf(stderr, "error: %s exited with %d\n", what, r.exit_code);
      std::exit(1);
    }
    if (!measured || r.cpu_seconds < best.cpu_seconds) best = r;
    measured = true;
  }
};

int Run(std::vector<int> sizes_mb) {
  if (sizes_mb.empty()) sizes_mb = {12, 25, 50};
  const std::string self = fs::canonical("/proc/self/exe").string();
  const std::string data = std::string(KG_SOURCE_DIR) + "/bench/data";
  std::printf("| corpus | docs | side | wall s | CPU s | MB/s per core | peak RSS MiB | CPU vs baseline |\n");
  std::printf("|---|---|---|---|---|---|---|---|\n");
  for (int mb : sizes_mb) {
    std::string dir = data + "/ingest-" + std::to_string(mb) + "mb";
    std::string list = dir + ".list";
    std::vector<std::string> files;
    if (fs::exists(list)) {
      files = ReadList(list);
    } else {
      CorpusSpec spec;
      spec.seed_documents = {std::string(KG_SOURCE_DIR) + "/examples/documents/ai-geopolitics.ko.txt"};
      spec.lexicon_json = std::string(KG_SOURCE_DIR) + "/ingest/data/lexicon.json";
      spec.target_bytes = static_cast<uint64_t>(mb) << 20;
      files = WriteKoreanCorpus(spec, dir);
      std::ofstream out(list);
      for (const auto& f : files) out << f << "\n";
    }
    uintmax_t bytes = 0;
    for (const auto& f : files) bytes += fs::file_size(f);
    const double mib = static_cast<double>(bytes) / (1 << 20);

    Side icu, pipeline, kg;
    for (int round = 0; round < 2; ++round) {
      icu.Keep(RunChild({self, "icu-baseline", list}), "the ICU baseline");
      pipeline.Keep(RunChild({self, "pipeline", list}), "the pipeline");
      std::string db = data + "/ingest-db";
      fs::remove_all(db);
      std::vector<std::string> argv = {KG_BINARY, "--db", db, "-q", "ingest"};
      argv.insert(argv.end(), files.begin(), files.end());
      kg.Keep(RunChild(argv), "kg ingest");
      fs::remove_all(db);
    }
    auto row = [&](const char* name, const ChildRun& r) {
      std::printf("| %.1f MiB | %zu | %s | %.2f | %.2f | %.2f | %.0f | %.2fx |\n", mib, files.size(),
                  name, r.seconds, r.cpu_seconds, mib / r.cpu_seconds, r.peak_rss_kb / 1024.0,
                  r.cpu_seconds / icu.best.cpu_seconds);
    };
    row("ICU baseline", icu.best);
    row("pipeline only", pipeline.best);
    row("kg ingest", kg.best);
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 2 && args[0] == "icu-baseline") return IcuBaseline(args[1]);
  if (args.size() == 2 && args[0] == "pipeline") return PipelineOnly(args[1]);
  if (!args.empty() && args[0] == "run") {
    std::vector<int> sizes;
    for (size_t i = 1; i < args.size(); ++i) sizes.push_back(std::atoi(args[i].c_str()));
    return Run(sizes);
  }
  std::fprintf(stderr, "usage: bench_ingest run [MB...] | icu-baseline LIST | pipeline LIST\n");
  return 2;
}
