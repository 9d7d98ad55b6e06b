// Implements DumpDatabase through the Store's read-only API.
#include "tests/support/db_dump.h"

#include <filesystem>

#include "kg/storage/store.h"

namespace kg::testing {

namespace {
std::string Hex(std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

std::string Dump(const std::string& dir, bool stable) {
  if (!std::filesystem::exists(dir)) return "<absent>";
  Store::OpenOptions options;
  options.mode = Store::Mode::kReadOnly;
  Result<std::unique_ptr<Store>> store = Store::Open(dir, options);
  if (!store.ok()) return "<unopenable: " + store.status().ToString() + ">";
  auto view = (*store)->NewReadView();
  std::string out;
  for (int i = 0; i < kNumCfs; ++i) {
    Cf cf = static_cast<Cf>(i);
    Status s = view->ForEach(cf, "", [&](std::string_view k, std::string_view v) {
      bool timed = stable && cf == Cf::kDocs && !k.empty() && k[0] == 'd';
      out += std::string(CfName(cf)) + " " + Hex(k) + " " + (timed ? "<record>" : Hex(v)) + "\n";
      return true;
    });
    if (!s.ok()) return "<error: " + s.ToString() + ">";
  }
  return out;
}
}  // namespace

std::string DumpDatabase(const std::string& dir) { return Dump(dir, false); }

std::string DumpContent(const std::string& dir) { return Dump(dir, true); }

}  // namespace kg::testing
