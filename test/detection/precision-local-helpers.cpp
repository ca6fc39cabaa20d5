// Plausible local and anonymous-namespace types that are not serialized: functors,
// comparators, RAII guards, visitors, test fixtures, PIMPL classes, helpers. Every framework
// is in the TU, and the code around them serializes other, namespace-scope types.
// RUN: %check_serialscope %s %t --expect-none -- -std=c++17

#include <algorithm>
#include <boost/archive/text_oarchive.hpp>
#include <cereal/archives/binary.hpp>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

namespace app {

struct Order {
  int id = 0;
  double total = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & id & total; }
  template <class Archive> void serialize(Archive &ar) { ar(id, total); }
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Order, id, total)
};

// PIMPL: the implementation lives in this file, in an anonymous namespace or nested.
class Widget {
public:
  Widget();
  ~Widget();
  void save(const std::string &path) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl;
};
struct Widget::Impl {
  std::string title;
  void save(const std::string &path) const { (void)path; }
};
Widget::Widget() : impl(std::make_unique<Impl>()) {}
Widget::~Widget() = default;
void Widget::save(const std::string &path) const { impl->save(path); }

namespace {
struct EngineImpl {
  std::vector<Order> pending;
  void load(const std::string &file) { (void)file; }
};
std::mutex ioMutex;
constexpr int MaxOrders = 100;

// A test fixture in the style of a unit test framework.
struct OrderFixture {
  OrderFixture() { orders.push_back({1, 9.5}); }
  ~OrderFixture() { orders.clear(); }
  void setUp() {}
  void tearDown() {}
  std::vector<Order> orders;
};

// Holds an archive and writes namespace-scope types; no hook of its own.
struct OrderWriter {
  boost::archive::text_oarchive *archive = nullptr;
  void write(const Order &o) { *archive << o; }
};
} // namespace

int process(std::vector<Order> &orders, boost::archive::text_oarchive &ar) {
  // Comparator.
  struct ByTotal {
    bool operator()(const Order &a, const Order &b) const { return a.total < b.total; }
  };
  std::sort(orders.begin(), orders.end(), ByTotal{});

  // RAII guard.
  struct Guard {
    std::lock_guard<std::mutex> lock{ioMutex};
    ~Guard() {}
  } guard;

  // Functor with state.
  struct Counter {
    int count = 0;
    void operator()(const Order &) { ++count; }
  };
  Counter c = std::for_each(orders.begin(), orders.end(), Counter{});

  // Visitor over a variant.
  struct Printer {
    std::string operator()(int v) const { return std::to_string(v); }
    std::string operator()(const std::string &s) const { return s; }
  };
  std::variant<int, std::string> value = 3;
  std::string text = std::visit(Printer{}, value);

  // Serializing namespace-scope types from inside local helpers.
  struct Flusher {
    boost::archive::text_oarchive &out;
    void flush(const std::vector<Order> &all) {
      for (const Order &o : all)
        out << o;
    }
  };
  Flusher{ar}.flush(orders);
  OrderWriter{&ar}.write(orders.front());

  OrderFixture fixture;
  fixture.setUp();
  std::function<void()> done = [&] { fixture.tearDown(); };
  done();
  nlohmann::json j = orders.front();
  return c.count + int(text.size()) + int(j.size()) + MaxOrders + int(EngineImpl{}.pending.size());
}

} // namespace app
