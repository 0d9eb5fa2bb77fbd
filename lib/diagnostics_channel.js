'use strict';
// node:diagnostics_channel: named channels that publish to subscribers, and
// tracing channels (start/end/asyncStart/asyncEnd/error) around sync,
// promise and callback calls. Stores bound with bindStore are anything with
// a run(store, fn) method (lode has no AsyncLocalStorage yet).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map();

class Channel {
  constructor(name) {
    this.name = name;
    this._subscribers = [];
    this._stores = new Map();
  }

  get hasSubscribers() {
    return this._subscribers.length > 0 || this._stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const i = this._subscribers.indexOf(subscription);
    if (i === -1) return false;
    this._subscribers = this._subscribers.filter((_, k) => k !== i);
    return true;
  }

  // Subscribers' exceptions do not stop the publisher: they surface on the
  // next tick as uncaught exceptions, as in Node.
  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    return this._stores.delete(store);
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      let value = data;
      if (typeof transform === 'function') {
        try {
          value = transform(data);
        } catch (err) {
          process.nextTick(() => { throw err; });
          continue;
        }
      }
      run = () => store.run(value, inner);
    }
    return run();
  }
}

function channel(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  let ch = channels.get(name);
  if (ch === undefined) {
    ch = new Channel(name);
    channels.set(name, ch);
  }
  return ch;
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch !== undefined && ch.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const kEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const e of kEvents) this[e] = channel(`tracing:${nameOrChannels}:${e}`);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const e of kEvents) {
        const ch = nameOrChannels[e];
        if (!(ch instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${e}`, 'Channel', ch);
        this[e] = ch;
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels',
        ['string', 'an instance of TracingChannel', 'Object'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return kEvents.some((e) => this[e].hasSubscribers);
  }

  subscribe(handlers) {
    for (const e of kEvents) if (handlers[e]) this[e].subscribe(handlers[e]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const e of kEvents) {
      if (handlers[e] && !this[e].unsubscribe(handlers[e])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return traced(this, context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      throw err;
    };
    return traced(this, context, () => {
      let promise = Reflect.apply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(resolve, reject);
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrapped(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrapped);
    return traced(this, context, () => Reflect.apply(fn, thisArg, args));
  }
}

// The synchronous part of a traced call: 'start' around it (with the
// stores), 'error' if it throws, 'end' after it.
function traced(tc, context, call) {
  return tc.start.runStores(context, () => {
    try {
      return call();
    } catch (err) {
      context.error = err;
      tc.error.publish(context);
      throw err;
    } finally {
      tc.end.publish(context);
    }
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
