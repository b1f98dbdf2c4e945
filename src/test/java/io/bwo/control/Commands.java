package io.bwo.control;

import io.bwo.control.DumpDataSet.ByCriterion;
import io.bwo.control.RestoreDataSet.Rename;
import java.util.List;
import java.util.Optional;

/** Expected commands for tests: DFSMSdss's defaults, changed one option at a time. */
final class Commands {
  private Commands() {}

  static Dump dump(int first, int last) {
    return new Dump(first, last);
  }

  static Restore restore(int first, int last) {
    return new Restore(first, last);
  }

  static final class Dump {
    int first;
    int last;
    List<String> include = List.of();
    List<String> exclude = List.of();
    List<ByCriterion> by = List.of();
    Optional<String> filterDd = Optional.empty();
    List<String> out = List.of();
    Concurrent concurrent = Concurrent.NONE;
    boolean notify;
    boolean enq;
    boolean io;
    boolean share;
    boolean waitCoded;
    DumpDataSet.Wait waitOption = DumpDataSet.Wait.DEFAULT;
    boolean compress;
    int optimize = 1;
    boolean delete;
    boolean purge;
    boolean reset;

    Dump(int first, int last) {
      this.first = first;
      this.last = last;
    }

    Dump include(String... masks) {
      include = List.of(masks);
      return this;
    }

    Dump exclude(String... masks) {
      exclude = List.of(masks);
      return this;
    }

    Dump by(ByCriterion... criteria) {
      by = List.of(criteria);
      return this;
    }

    Dump filterDd(String dd) {
      filterDd = Optional.of(dd);
      return this;
    }

    Dump out(String... dds) {
      out = List.of(dds);
      return this;
    }

    Dump concurrent(Concurrent c) {
      concurrent = c;
      return this;
    }

    Dump notifyConcurrent() {
      notify = true;
      return this;
    }

    Dump tolerate(boolean enqFailure, boolean ioError) {
      enq = enqFailure;
      io = ioError;
      return this;
    }

    Dump share() {
      share = true;
      return this;
    }

    Dump waitFor(int seconds, int retries) {
      waitCoded = true;
      waitOption = new DumpDataSet.Wait(seconds, retries);
      return this;
    }

    Dump compress() {
      compress = true;
      return this;
    }

    Dump optimize(int n) {
      optimize = n;
      return this;
    }

    Dump delete(boolean purgeToo) {
      delete = true;
      purge = purgeToo;
      return this;
    }

    Dump reset() {
      reset = true;
      return this;
    }

    DumpDataSet build() {
      return new DumpDataSet(first, last, include, exclude, by, filterDd, out, concurrent, notify,
          enq, io, share, waitOption, compress, optimize, delete, purge, reset,
          UnimplementedKeyword.dumpOptionsListed(share,
              waitCoded ? java.util.Optional.of(waitOption) : java.util.Optional.empty(), io));
    }
  }

  static final class Restore {
    int first;
    int last;
    List<String> include = List.of();
    List<String> exclude = List.of();
    Optional<String> filterDd = Optional.empty();
    String in = "DUMPIN";
    boolean replace;
    boolean replaceUnconditional;
    Optional<String> prefix = Optional.empty();
    List<Rename> renames = List.of();
    boolean renameConditional;

    Restore(int first, int last) {
      this.first = first;
      this.last = last;
    }

    Restore include(String... masks) {
      include = List.of(masks);
      return this;
    }

    Restore exclude(String... masks) {
      exclude = List.of(masks);
      return this;
    }

    Restore filterDd(String dd) {
      filterDd = Optional.of(dd);
      return this;
    }

    Restore in(String dd) {
      in = dd;
      return this;
    }

    Restore replace() {
      replace = true;
      return this;
    }

    Restore replaceUnconditional() {
      replaceUnconditional = true;
      return this;
    }

    Restore prefix(String p) {
      prefix = Optional.of(p);
      return this;
    }

    Restore renames(Rename... pairs) {
      renames = List.of(pairs);
      return this;
    }

    /** RENAME instead of RENAMEUNCONDITIONAL. */
    Restore conditionally() {
      renameConditional = true;
      return this;
    }

    RestoreDataSet build() {
      return new RestoreDataSet(first, last, include, exclude, filterDd, in, replace,
          replaceUnconditional, prefix, renames, renameConditional, List.of());
    }
  }
}
