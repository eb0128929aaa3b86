/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.eigr = (function() {

    /**
     * Namespace eigr.
     * @exports eigr
     * @namespace
     */
    var eigr = {};

    eigr.functions = (function() {

        /**
         * Namespace functions.
         * @memberof eigr
         * @namespace
         */
        var functions = {};

        functions.protocol = (function() {

            /**
             * Namespace protocol.
             * @memberof eigr.functions
             * @namespace
             */
            var protocol = {};

            protocol.actors = (function() {

                /**
                 * Namespace actors.
                 * @memberof eigr.functions.protocol
                 * @namespace
                 */
                var actors = {};

                actors.Registry = (function() {

                    /**
                     * Properties of a Registry.
                     * @typedef {Object} eigr.functions.protocol.actors.Registry.$Properties
                     * @property {Object.<string,eigr.functions.protocol.actors.Actor.$Properties>|null} [actors] Registry actors
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Registry.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IRegistry
                     * @augments eigr.functions.protocol.actors.Registry.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.Registry.$Properties instead.
                     */

                    /**
                     * Shape of a Registry.
                     * @typedef {{
                     *   actors?: Object.<string,eigr.functions.protocol.actors.Actor.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} eigr.functions.protocol.actors.Registry.$Shape
                     */

                    /**
                     * Constructs a new Registry.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents a Registry.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.Registry.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Registry = function (properties) {
                        this.actors = {};
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Registry actors.
                     * @member {Object.<string,eigr.functions.protocol.actors.Actor.$Properties>} actors
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @instance
                     */
                    Registry.prototype.actors = $util.emptyObject;

                    /**
                     * Creates a new Registry instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @static
                     * @param {eigr.functions.protocol.actors.Registry.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.Registry} Registry instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.Registry.$Shape): eigr.functions.protocol.actors.Registry & eigr.functions.protocol.actors.Registry.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.Registry.$Properties): eigr.functions.protocol.actors.Registry;
                     * }}
                     */
                    Registry.create = function(properties) {
                        return new Registry(properties);
                    };

                    /**
                     * Encodes the specified Registry message. Does not implicitly {@link eigr.functions.protocol.actors.Registry.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @static
                     * @param {eigr.functions.protocol.actors.Registry.$Properties} message Registry message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Registry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.actors != null && $Object.hasOwnProperty.call(message, "actors"))
                            for (var keys = $Object.keys(message.actors), i = 0; i < keys.length; ++i) {
                                writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                $root.eigr.functions.protocol.actors.Actor.encode(message.actors[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                            }
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Registry message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.Registry & eigr.functions.protocol.actors.Registry.$Shape} Registry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Registry.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.Registry();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.actors === $util.emptyObject)
                                        message.actors = {};
                                    var end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = null;
                                    while (reader.pos < end2) {
                                        var tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = $root.eigr.functions.protocol.actors.Actor.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.actors, key);
                                    message.actors[key] = value || new $root.eigr.functions.protocol.actors.Actor();
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates a Registry message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.Registry} Registry
                     */
                    Registry.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.Registry)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.Registry: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.Registry();
                        if (object.actors) {
                            if (!$util.isObject(object.actors))
                                throw $TypeError(".eigr.functions.protocol.actors.Registry.actors: object expected");
                            message.actors = {};
                            for (var keys = $Object.keys(object.actors), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.actors, keys[i]);
                                if (!$util.isObject(object.actors[keys[i]]))
                                    throw $TypeError(".eigr.functions.protocol.actors.Registry.actors: object expected");
                                message.actors[keys[i]] = $root.eigr.functions.protocol.actors.Actor.fromObject(object.actors[keys[i]], _depth + 1);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Registry message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @static
                     * @param {eigr.functions.protocol.actors.Registry} message Registry
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Registry.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.objects || options.defaults)
                            object.actors = {};
                        var keys2;
                        if (message.actors && (keys2 = $Object.keys(message.actors)).length) {
                            object.actors = {};
                            for (var j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.actors, keys2[j]);
                                object.actors[keys2[j]] = $root.eigr.functions.protocol.actors.Actor.toObject(message.actors[keys2[j]], options, _depth + 1);
                            }
                        }
                        return object;
                    };

                    /**
                     * Converts this Registry to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Registry.prototype.toJSON = function() {
                        return Registry.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Registry
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.Registry
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Registry.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.Registry";
                    };

                    return Registry;
                })();

                actors.ActorSystem = (function() {

                    /**
                     * Properties of an ActorSystem.
                     * @typedef {Object} eigr.functions.protocol.actors.ActorSystem.$Properties
                     * @property {string|null} [name] ActorSystem name
                     * @property {eigr.functions.protocol.actors.Registry.$Properties|null} [registry] ActorSystem registry
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActorSystem.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IActorSystem
                     * @augments eigr.functions.protocol.actors.ActorSystem.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.ActorSystem.$Properties instead.
                     */

                    /**
                     * Shape of an ActorSystem.
                     * @typedef {{
                     *   name?: string|null;
                     *   registry?: eigr.functions.protocol.actors.Registry.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} eigr.functions.protocol.actors.ActorSystem.$Shape
                     */

                    /**
                     * Constructs a new ActorSystem.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an ActorSystem.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.ActorSystem.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActorSystem = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActorSystem name.
                     * @member {string} name
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @instance
                     */
                    ActorSystem.prototype.name = "";

                    /**
                     * ActorSystem registry.
                     * @member {eigr.functions.protocol.actors.Registry.$Properties|null|undefined} registry
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @instance
                     */
                    ActorSystem.prototype.registry = null;

                    /**
                     * Creates a new ActorSystem instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSystem.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.ActorSystem} ActorSystem instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.ActorSystem.$Shape): eigr.functions.protocol.actors.ActorSystem & eigr.functions.protocol.actors.ActorSystem.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.ActorSystem.$Properties): eigr.functions.protocol.actors.ActorSystem;
                     * }}
                     */
                    ActorSystem.create = function(properties) {
                        return new ActorSystem(properties);
                    };

                    /**
                     * Encodes the specified ActorSystem message. Does not implicitly {@link eigr.functions.protocol.actors.ActorSystem.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSystem.$Properties} message ActorSystem message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActorSystem.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.registry != null && $Object.hasOwnProperty.call(message, "registry"))
                            $root.eigr.functions.protocol.actors.Registry.encode(message.registry, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActorSystem message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.ActorSystem & eigr.functions.protocol.actors.ActorSystem.$Shape} ActorSystem
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActorSystem.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.ActorSystem();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.registry = $root.eigr.functions.protocol.actors.Registry.decode(reader, reader.size(), $undefined, _depth + 1, message.registry);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an ActorSystem message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.ActorSystem} ActorSystem
                     */
                    ActorSystem.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.ActorSystem)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.ActorSystem: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.ActorSystem();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.registry != null) {
                            if (!$util.isObject(object.registry))
                                throw $TypeError(".eigr.functions.protocol.actors.ActorSystem.registry: object expected");
                            message.registry = $root.eigr.functions.protocol.actors.Registry.fromObject(object.registry, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActorSystem message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSystem} message ActorSystem
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActorSystem.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults) {
                            object.name = "";
                            object.registry = null;
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.registry != null && $Object.hasOwnProperty.call(message, "registry"))
                            object.registry = $root.eigr.functions.protocol.actors.Registry.toObject(message.registry, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this ActorSystem to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActorSystem.prototype.toJSON = function() {
                        return ActorSystem.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActorSystem
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.ActorSystem
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActorSystem.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.ActorSystem";
                    };

                    return ActorSystem;
                })();

                actors.ActorSnapshotStrategy = (function() {

                    /**
                     * Properties of an ActorSnapshotStrategy.
                     * @typedef {Object} eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties
                     * @property {eigr.functions.protocol.actors.TimeoutStrategy.$Properties|null} [timeout] ActorSnapshotStrategy timeout
                     * @property {"timeout"} [strategy] ActorSnapshotStrategy strategy
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActorSnapshotStrategy.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IActorSnapshotStrategy
                     * @augments eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties instead.
                     */

                    /**
                     * Narrowed shape of an ActorSnapshotStrategy.
                     * @typedef {{
                     *   timeout?: eigr.functions.protocol.actors.TimeoutStrategy.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ strategy?: undefined; timeout?: null }|{ strategy?: "timeout"; timeout: eigr.functions.protocol.actors.TimeoutStrategy.$Shape })
                     * )} eigr.functions.protocol.actors.ActorSnapshotStrategy.$Shape
                     */

                    /**
                     * Constructs a new ActorSnapshotStrategy.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an ActorSnapshotStrategy.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActorSnapshotStrategy = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActorSnapshotStrategy timeout.
                     * @member {eigr.functions.protocol.actors.TimeoutStrategy.$Properties|null|undefined} timeout
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @instance
                     */
                    ActorSnapshotStrategy.prototype.timeout = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * ActorSnapshotStrategy strategy.
                     * @member {"timeout"|undefined} strategy
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @instance
                     */
                    $Object.defineProperty(ActorSnapshotStrategy.prototype, "strategy", {
                        get: $util.oneOfGetter($oneOfFields = ["timeout"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ActorSnapshotStrategy instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.ActorSnapshotStrategy} ActorSnapshotStrategy instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.ActorSnapshotStrategy.$Shape): eigr.functions.protocol.actors.ActorSnapshotStrategy & eigr.functions.protocol.actors.ActorSnapshotStrategy.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties): eigr.functions.protocol.actors.ActorSnapshotStrategy;
                     * }}
                     */
                    ActorSnapshotStrategy.create = function(properties) {
                        return new ActorSnapshotStrategy(properties);
                    };

                    /**
                     * Encodes the specified ActorSnapshotStrategy message. Does not implicitly {@link eigr.functions.protocol.actors.ActorSnapshotStrategy.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties} message ActorSnapshotStrategy message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActorSnapshotStrategy.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                            $root.eigr.functions.protocol.actors.TimeoutStrategy.encode(message.timeout, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActorSnapshotStrategy message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.ActorSnapshotStrategy & eigr.functions.protocol.actors.ActorSnapshotStrategy.$Shape} ActorSnapshotStrategy
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActorSnapshotStrategy.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.ActorSnapshotStrategy();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.timeout = $root.eigr.functions.protocol.actors.TimeoutStrategy.decode(reader, reader.size(), $undefined, _depth + 1, message.timeout);
                                    message.strategy = "timeout";
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an ActorSnapshotStrategy message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.ActorSnapshotStrategy} ActorSnapshotStrategy
                     */
                    ActorSnapshotStrategy.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.ActorSnapshotStrategy)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.ActorSnapshotStrategy: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.ActorSnapshotStrategy();
                        if (object.timeout != null) {
                            if (!$util.isObject(object.timeout))
                                throw $TypeError(".eigr.functions.protocol.actors.ActorSnapshotStrategy.timeout: object expected");
                            message.timeout = $root.eigr.functions.protocol.actors.TimeoutStrategy.fromObject(object.timeout, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActorSnapshotStrategy message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSnapshotStrategy} message ActorSnapshotStrategy
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActorSnapshotStrategy.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout")) {
                            object.timeout = $root.eigr.functions.protocol.actors.TimeoutStrategy.toObject(message.timeout, options, _depth + 1);
                            if (options.oneofs)
                                object.strategy = "timeout";
                        }
                        return object;
                    };

                    /**
                     * Converts this ActorSnapshotStrategy to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActorSnapshotStrategy.prototype.toJSON = function() {
                        return ActorSnapshotStrategy.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActorSnapshotStrategy
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.ActorSnapshotStrategy
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActorSnapshotStrategy.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.ActorSnapshotStrategy";
                    };

                    return ActorSnapshotStrategy;
                })();

                actors.ActorDeactivationStrategy = (function() {

                    /**
                     * Properties of an ActorDeactivationStrategy.
                     * @typedef {Object} eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties
                     * @property {eigr.functions.protocol.actors.TimeoutStrategy.$Properties|null} [timeout] ActorDeactivationStrategy timeout
                     * @property {"timeout"} [strategy] ActorDeactivationStrategy strategy
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActorDeactivationStrategy.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IActorDeactivationStrategy
                     * @augments eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties instead.
                     */

                    /**
                     * Narrowed shape of an ActorDeactivationStrategy.
                     * @typedef {{
                     *   timeout?: eigr.functions.protocol.actors.TimeoutStrategy.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ strategy?: undefined; timeout?: null }|{ strategy?: "timeout"; timeout: eigr.functions.protocol.actors.TimeoutStrategy.$Shape })
                     * )} eigr.functions.protocol.actors.ActorDeactivationStrategy.$Shape
                     */

                    /**
                     * Constructs a new ActorDeactivationStrategy.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an ActorDeactivationStrategy.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActorDeactivationStrategy = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActorDeactivationStrategy timeout.
                     * @member {eigr.functions.protocol.actors.TimeoutStrategy.$Properties|null|undefined} timeout
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @instance
                     */
                    ActorDeactivationStrategy.prototype.timeout = null;

                    // OneOf field names bound to virtual getters and setters
                    var $oneOfFields;

                    /**
                     * ActorDeactivationStrategy strategy.
                     * @member {"timeout"|undefined} strategy
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @instance
                     */
                    $Object.defineProperty(ActorDeactivationStrategy.prototype, "strategy", {
                        get: $util.oneOfGetter($oneOfFields = ["timeout"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new ActorDeactivationStrategy instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.ActorDeactivationStrategy} ActorDeactivationStrategy instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.ActorDeactivationStrategy.$Shape): eigr.functions.protocol.actors.ActorDeactivationStrategy & eigr.functions.protocol.actors.ActorDeactivationStrategy.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties): eigr.functions.protocol.actors.ActorDeactivationStrategy;
                     * }}
                     */
                    ActorDeactivationStrategy.create = function(properties) {
                        return new ActorDeactivationStrategy(properties);
                    };

                    /**
                     * Encodes the specified ActorDeactivationStrategy message. Does not implicitly {@link eigr.functions.protocol.actors.ActorDeactivationStrategy.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties} message ActorDeactivationStrategy message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActorDeactivationStrategy.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                            $root.eigr.functions.protocol.actors.TimeoutStrategy.encode(message.timeout, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActorDeactivationStrategy message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.ActorDeactivationStrategy & eigr.functions.protocol.actors.ActorDeactivationStrategy.$Shape} ActorDeactivationStrategy
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActorDeactivationStrategy.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.ActorDeactivationStrategy();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.timeout = $root.eigr.functions.protocol.actors.TimeoutStrategy.decode(reader, reader.size(), $undefined, _depth + 1, message.timeout);
                                    message.strategy = "timeout";
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an ActorDeactivationStrategy message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.ActorDeactivationStrategy} ActorDeactivationStrategy
                     */
                    ActorDeactivationStrategy.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.ActorDeactivationStrategy)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.ActorDeactivationStrategy: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.ActorDeactivationStrategy();
                        if (object.timeout != null) {
                            if (!$util.isObject(object.timeout))
                                throw $TypeError(".eigr.functions.protocol.actors.ActorDeactivationStrategy.timeout: object expected");
                            message.timeout = $root.eigr.functions.protocol.actors.TimeoutStrategy.fromObject(object.timeout, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActorDeactivationStrategy message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorDeactivationStrategy} message ActorDeactivationStrategy
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActorDeactivationStrategy.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout")) {
                            object.timeout = $root.eigr.functions.protocol.actors.TimeoutStrategy.toObject(message.timeout, options, _depth + 1);
                            if (options.oneofs)
                                object.strategy = "timeout";
                        }
                        return object;
                    };

                    /**
                     * Converts this ActorDeactivationStrategy to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActorDeactivationStrategy.prototype.toJSON = function() {
                        return ActorDeactivationStrategy.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActorDeactivationStrategy
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.ActorDeactivationStrategy
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActorDeactivationStrategy.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.ActorDeactivationStrategy";
                    };

                    return ActorDeactivationStrategy;
                })();

                actors.TimeoutStrategy = (function() {

                    /**
                     * Properties of a TimeoutStrategy.
                     * @typedef {Object} eigr.functions.protocol.actors.TimeoutStrategy.$Properties
                     * @property {number|null} [timeout] TimeoutStrategy timeout
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a TimeoutStrategy.
                     * @memberof eigr.functions.protocol.actors
                     * @interface ITimeoutStrategy
                     * @augments eigr.functions.protocol.actors.TimeoutStrategy.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.TimeoutStrategy.$Properties instead.
                     */

                    /**
                     * Shape of a TimeoutStrategy.
                     * @typedef {eigr.functions.protocol.actors.TimeoutStrategy.$Properties} eigr.functions.protocol.actors.TimeoutStrategy.$Shape
                     */

                    /**
                     * Constructs a new TimeoutStrategy.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents a TimeoutStrategy.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.TimeoutStrategy.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var TimeoutStrategy = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * TimeoutStrategy timeout.
                     * @member {number} timeout
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @instance
                     */
                    TimeoutStrategy.prototype.timeout = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new TimeoutStrategy instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.TimeoutStrategy.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.TimeoutStrategy} TimeoutStrategy instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.TimeoutStrategy.$Shape): eigr.functions.protocol.actors.TimeoutStrategy & eigr.functions.protocol.actors.TimeoutStrategy.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.TimeoutStrategy.$Properties): eigr.functions.protocol.actors.TimeoutStrategy;
                     * }}
                     */
                    TimeoutStrategy.create = function(properties) {
                        return new TimeoutStrategy(properties);
                    };

                    /**
                     * Encodes the specified TimeoutStrategy message. Does not implicitly {@link eigr.functions.protocol.actors.TimeoutStrategy.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.TimeoutStrategy.$Properties} message TimeoutStrategy message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    TimeoutStrategy.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout") && (typeof message.timeout === "object" ? message.timeout.low || message.timeout.high : message.timeout !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timeout);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a TimeoutStrategy message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.TimeoutStrategy & eigr.functions.protocol.actors.TimeoutStrategy.$Shape} TimeoutStrategy
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    TimeoutStrategy.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.TimeoutStrategy();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timeout = value;
                                    else
                                        delete message.timeout;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates a TimeoutStrategy message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.TimeoutStrategy} TimeoutStrategy
                     */
                    TimeoutStrategy.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.TimeoutStrategy)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.TimeoutStrategy: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.TimeoutStrategy();
                        if (object.timeout != null)
                            if (typeof object.timeout === "object" ? object.timeout.low || object.timeout.high : $Number(object.timeout) !== 0)
                                if ($util.Long)
                                    message.timeout = $util.Long.fromValue(object.timeout, false);
                                else if (typeof object.timeout === "string")
                                    message.timeout = $parseInt(object.timeout, 10);
                                else if (typeof object.timeout === "number")
                                    message.timeout = object.timeout;
                                else if (typeof object.timeout === "object")
                                    message.timeout = new $util.LongBits(object.timeout.low >>> 0, object.timeout.high >>> 0).toNumber();
                        return message;
                    };

                    /**
                     * Creates a plain object from a TimeoutStrategy message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @static
                     * @param {eigr.functions.protocol.actors.TimeoutStrategy} message TimeoutStrategy
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    TimeoutStrategy.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults)
                            if ($util.Long) {
                                var long = new $util.Long(0, 0, false);
                                object.timeout = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timeout = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timeout = typeof message.timeout === "number" ? $BigInt(message.timeout) : $util.Long.fromBits(message.timeout.low >>> 0, message.timeout.high >>> 0, false).toBigInt();
                            else if (typeof message.timeout === "number")
                                object.timeout = options.longs === $String ? $String(message.timeout) : message.timeout;
                            else
                                object.timeout = options.longs === $String ? $util.Long.prototype.toString.call(message.timeout) : options.longs === $Number ? new $util.LongBits(message.timeout.low >>> 0, message.timeout.high >>> 0).toNumber() : message.timeout;
                        return object;
                    };

                    /**
                     * Converts this TimeoutStrategy to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    TimeoutStrategy.prototype.toJSON = function() {
                        return TimeoutStrategy.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for TimeoutStrategy
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.TimeoutStrategy
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    TimeoutStrategy.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.TimeoutStrategy";
                    };

                    return TimeoutStrategy;
                })();

                actors.Action = (function() {

                    /**
                     * Properties of an Action.
                     * @typedef {Object} eigr.functions.protocol.actors.Action.$Properties
                     * @property {string|null} [name] Action name
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an Action.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IAction
                     * @augments eigr.functions.protocol.actors.Action.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.Action.$Properties instead.
                     */

                    /**
                     * Shape of an Action.
                     * @typedef {eigr.functions.protocol.actors.Action.$Properties} eigr.functions.protocol.actors.Action.$Shape
                     */

                    /**
                     * Constructs a new Action.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an Action.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.Action.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Action = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Action name.
                     * @member {string} name
                     * @memberof eigr.functions.protocol.actors.Action
                     * @instance
                     */
                    Action.prototype.name = "";

                    /**
                     * Creates a new Action instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.Action
                     * @static
                     * @param {eigr.functions.protocol.actors.Action.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.Action} Action instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.Action.$Shape): eigr.functions.protocol.actors.Action & eigr.functions.protocol.actors.Action.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.Action.$Properties): eigr.functions.protocol.actors.Action;
                     * }}
                     */
                    Action.create = function(properties) {
                        return new Action(properties);
                    };

                    /**
                     * Encodes the specified Action message. Does not implicitly {@link eigr.functions.protocol.actors.Action.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.Action
                     * @static
                     * @param {eigr.functions.protocol.actors.Action.$Properties} message Action message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Action.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an Action message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.Action
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.Action & eigr.functions.protocol.actors.Action.$Shape} Action
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Action.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.Action();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an Action message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.Action
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.Action} Action
                     */
                    Action.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.Action)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.Action: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.Action();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        return message;
                    };

                    /**
                     * Creates a plain object from an Action message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.Action
                     * @static
                     * @param {eigr.functions.protocol.actors.Action} message Action
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Action.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults)
                            object.name = "";
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        return object;
                    };

                    /**
                     * Converts this Action to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.Action
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Action.prototype.toJSON = function() {
                        return Action.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Action
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.Action
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Action.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.Action";
                    };

                    return Action;
                })();

                actors.FixedTimerAction = (function() {

                    /**
                     * Properties of a FixedTimerAction.
                     * @typedef {Object} eigr.functions.protocol.actors.FixedTimerAction.$Properties
                     * @property {number|null} [seconds] FixedTimerAction seconds
                     * @property {eigr.functions.protocol.actors.Action.$Properties|null} [action] FixedTimerAction action
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a FixedTimerAction.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IFixedTimerAction
                     * @augments eigr.functions.protocol.actors.FixedTimerAction.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.FixedTimerAction.$Properties instead.
                     */

                    /**
                     * Shape of a FixedTimerAction.
                     * @typedef {eigr.functions.protocol.actors.FixedTimerAction.$Properties} eigr.functions.protocol.actors.FixedTimerAction.$Shape
                     */

                    /**
                     * Constructs a new FixedTimerAction.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents a FixedTimerAction.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.FixedTimerAction.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var FixedTimerAction = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * FixedTimerAction seconds.
                     * @member {number} seconds
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @instance
                     */
                    FixedTimerAction.prototype.seconds = 0;

                    /**
                     * FixedTimerAction action.
                     * @member {eigr.functions.protocol.actors.Action.$Properties|null|undefined} action
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @instance
                     */
                    FixedTimerAction.prototype.action = null;

                    /**
                     * Creates a new FixedTimerAction instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @static
                     * @param {eigr.functions.protocol.actors.FixedTimerAction.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.FixedTimerAction} FixedTimerAction instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.FixedTimerAction.$Shape): eigr.functions.protocol.actors.FixedTimerAction & eigr.functions.protocol.actors.FixedTimerAction.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.FixedTimerAction.$Properties): eigr.functions.protocol.actors.FixedTimerAction;
                     * }}
                     */
                    FixedTimerAction.create = function(properties) {
                        return new FixedTimerAction(properties);
                    };

                    /**
                     * Encodes the specified FixedTimerAction message. Does not implicitly {@link eigr.functions.protocol.actors.FixedTimerAction.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @static
                     * @param {eigr.functions.protocol.actors.FixedTimerAction.$Properties} message FixedTimerAction message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    FixedTimerAction.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && message.seconds !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.seconds);
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                            $root.eigr.functions.protocol.actors.Action.encode(message.action, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a FixedTimerAction message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.FixedTimerAction & eigr.functions.protocol.actors.FixedTimerAction.$Shape} FixedTimerAction
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    FixedTimerAction.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.FixedTimerAction();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.seconds = value;
                                    else
                                        delete message.seconds;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.action = $root.eigr.functions.protocol.actors.Action.decode(reader, reader.size(), $undefined, _depth + 1, message.action);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates a FixedTimerAction message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.FixedTimerAction} FixedTimerAction
                     */
                    FixedTimerAction.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.FixedTimerAction)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.FixedTimerAction: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.FixedTimerAction();
                        if (object.seconds != null)
                            if ($Number(object.seconds) !== 0)
                                message.seconds = object.seconds | 0;
                        if (object.action != null) {
                            if (!$util.isObject(object.action))
                                throw $TypeError(".eigr.functions.protocol.actors.FixedTimerAction.action: object expected");
                            message.action = $root.eigr.functions.protocol.actors.Action.fromObject(object.action, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a FixedTimerAction message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @static
                     * @param {eigr.functions.protocol.actors.FixedTimerAction} message FixedTimerAction
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    FixedTimerAction.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults) {
                            object.seconds = 0;
                            object.action = null;
                        }
                        if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                            object.seconds = message.seconds;
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                            object.action = $root.eigr.functions.protocol.actors.Action.toObject(message.action, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this FixedTimerAction to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    FixedTimerAction.prototype.toJSON = function() {
                        return FixedTimerAction.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for FixedTimerAction
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.FixedTimerAction
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    FixedTimerAction.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.FixedTimerAction";
                    };

                    return FixedTimerAction;
                })();

                actors.ActorState = (function() {

                    /**
                     * Properties of an ActorState.
                     * @typedef {Object} eigr.functions.protocol.actors.ActorState.$Properties
                     * @property {Object.<string,string>|null} [tags] ActorState tags
                     * @property {google.protobuf.Any.$Properties|null} [state] ActorState state
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActorState.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IActorState
                     * @augments eigr.functions.protocol.actors.ActorState.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.ActorState.$Properties instead.
                     */

                    /**
                     * Shape of an ActorState.
                     * @typedef {eigr.functions.protocol.actors.ActorState.$Properties} eigr.functions.protocol.actors.ActorState.$Shape
                     */

                    /**
                     * Constructs a new ActorState.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an ActorState.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.ActorState.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActorState = function (properties) {
                        this.tags = {};
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActorState tags.
                     * @member {Object.<string,string>} tags
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @instance
                     */
                    ActorState.prototype.tags = $util.emptyObject;

                    /**
                     * ActorState state.
                     * @member {google.protobuf.Any.$Properties|null|undefined} state
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @instance
                     */
                    ActorState.prototype.state = null;

                    /**
                     * Creates a new ActorState instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorState.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.ActorState} ActorState instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.ActorState.$Shape): eigr.functions.protocol.actors.ActorState & eigr.functions.protocol.actors.ActorState.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.ActorState.$Properties): eigr.functions.protocol.actors.ActorState;
                     * }}
                     */
                    ActorState.create = function(properties) {
                        return new ActorState(properties);
                    };

                    /**
                     * Encodes the specified ActorState message. Does not implicitly {@link eigr.functions.protocol.actors.ActorState.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorState.$Properties} message ActorState message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActorState.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                            for (var keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            $root.google.protobuf.Any.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActorState message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.ActorState & eigr.functions.protocol.actors.ActorState.$Shape} ActorState
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActorState.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.ActorState();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.tags === $util.emptyObject)
                                        message.tags = {};
                                    var end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        var tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.tags, key);
                                    message.tags[key] = value;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.state = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an ActorState message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.ActorState} ActorState
                     */
                    ActorState.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.ActorState)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.ActorState: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.ActorState();
                        if (object.tags) {
                            if (!$util.isObject(object.tags))
                                throw $TypeError(".eigr.functions.protocol.actors.ActorState.tags: object expected");
                            message.tags = {};
                            for (var keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.tags, keys[i]);
                                message.tags[keys[i]] = $String(object.tags[keys[i]]);
                            }
                        }
                        if (object.state != null) {
                            if (!$util.isObject(object.state))
                                throw $TypeError(".eigr.functions.protocol.actors.ActorState.state: object expected");
                            message.state = $root.google.protobuf.Any.fromObject(object.state, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActorState message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorState} message ActorState
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActorState.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.objects || options.defaults)
                            object.tags = {};
                        if (options.defaults)
                            object.state = null;
                        var keys2;
                        if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                            object.tags = {};
                            for (var j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.tags, keys2[j]);
                                object.tags[keys2[j]] = message.tags[keys2[j]];
                            }
                        }
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            object.state = $root.google.protobuf.Any.toObject(message.state, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this ActorState to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActorState.prototype.toJSON = function() {
                        return ActorState.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActorState
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.ActorState
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActorState.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.ActorState";
                    };

                    return ActorState;
                })();

                actors.Metadata = (function() {

                    /**
                     * Properties of a Metadata.
                     * @typedef {Object} eigr.functions.protocol.actors.Metadata.$Properties
                     * @property {Array.<eigr.functions.protocol.actors.Channel.$Properties>|null} [channelGroup] Metadata channelGroup
                     * @property {Object.<string,string>|null} [tags] Metadata tags
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Metadata.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IMetadata
                     * @augments eigr.functions.protocol.actors.Metadata.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.Metadata.$Properties instead.
                     */

                    /**
                     * Shape of a Metadata.
                     * @typedef {eigr.functions.protocol.actors.Metadata.$Properties} eigr.functions.protocol.actors.Metadata.$Shape
                     */

                    /**
                     * Constructs a new Metadata.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents a Metadata.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.Metadata.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Metadata = function (properties) {
                        this.channelGroup = [];
                        this.tags = {};
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Metadata channelGroup.
                     * @member {Array.<eigr.functions.protocol.actors.Channel.$Properties>} channelGroup
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @instance
                     */
                    Metadata.prototype.channelGroup = $util.emptyArray;

                    /**
                     * Metadata tags.
                     * @member {Object.<string,string>} tags
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @instance
                     */
                    Metadata.prototype.tags = $util.emptyObject;

                    /**
                     * Creates a new Metadata instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @static
                     * @param {eigr.functions.protocol.actors.Metadata.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.Metadata} Metadata instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.Metadata.$Shape): eigr.functions.protocol.actors.Metadata & eigr.functions.protocol.actors.Metadata.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.Metadata.$Properties): eigr.functions.protocol.actors.Metadata;
                     * }}
                     */
                    Metadata.create = function(properties) {
                        return new Metadata(properties);
                    };

                    /**
                     * Encodes the specified Metadata message. Does not implicitly {@link eigr.functions.protocol.actors.Metadata.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @static
                     * @param {eigr.functions.protocol.actors.Metadata.$Properties} message Metadata message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Metadata.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.channelGroup != null && message.channelGroup.length)
                            for (var i = 0; i < message.channelGroup.length; ++i)
                                $root.eigr.functions.protocol.actors.Channel.encode(message.channelGroup[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                            for (var keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Metadata message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.Metadata & eigr.functions.protocol.actors.Metadata.$Shape} Metadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Metadata.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.Metadata();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.channelGroup && message.channelGroup.length))
                                        message.channelGroup = [];
                                    message.channelGroup.push($root.eigr.functions.protocol.actors.Channel.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.tags === $util.emptyObject)
                                        message.tags = {};
                                    var end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        var tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.tags, key);
                                    message.tags[key] = value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates a Metadata message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.Metadata} Metadata
                     */
                    Metadata.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.Metadata)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.Metadata: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.Metadata();
                        if (object.channelGroup) {
                            if (!$Array.isArray(object.channelGroup))
                                throw $TypeError(".eigr.functions.protocol.actors.Metadata.channelGroup: array expected");
                            message.channelGroup = $Array(object.channelGroup.length);
                            for (var i = 0; i < object.channelGroup.length; ++i) {
                                if (!$util.isObject(object.channelGroup[i]))
                                    throw $TypeError(".eigr.functions.protocol.actors.Metadata.channelGroup: object expected");
                                message.channelGroup[i] = $root.eigr.functions.protocol.actors.Channel.fromObject(object.channelGroup[i], _depth + 1);
                            }
                        }
                        if (object.tags) {
                            if (!$util.isObject(object.tags))
                                throw $TypeError(".eigr.functions.protocol.actors.Metadata.tags: object expected");
                            message.tags = {};
                            for (var keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.tags, keys[i]);
                                message.tags[keys[i]] = $String(object.tags[keys[i]]);
                            }
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Metadata message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @static
                     * @param {eigr.functions.protocol.actors.Metadata} message Metadata
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Metadata.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.arrays || options.defaults)
                            object.channelGroup = [];
                        if (options.objects || options.defaults)
                            object.tags = {};
                        if (message.channelGroup && message.channelGroup.length) {
                            object.channelGroup = $Array(message.channelGroup.length);
                            for (var j = 0; j < message.channelGroup.length; ++j)
                                object.channelGroup[j] = $root.eigr.functions.protocol.actors.Channel.toObject(message.channelGroup[j], options, _depth + 1);
                        }
                        var keys2;
                        if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                            object.tags = {};
                            for (var j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.tags, keys2[j]);
                                object.tags[keys2[j]] = message.tags[keys2[j]];
                            }
                        }
                        return object;
                    };

                    /**
                     * Converts this Metadata to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Metadata.prototype.toJSON = function() {
                        return Metadata.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Metadata
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.Metadata
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Metadata.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.Metadata";
                    };

                    return Metadata;
                })();

                actors.Channel = (function() {

                    /**
                     * Properties of a Channel.
                     * @typedef {Object} eigr.functions.protocol.actors.Channel.$Properties
                     * @property {string|null} [topic] Channel topic
                     * @property {string|null} [action] Channel action
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Channel.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IChannel
                     * @augments eigr.functions.protocol.actors.Channel.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.Channel.$Properties instead.
                     */

                    /**
                     * Shape of a Channel.
                     * @typedef {eigr.functions.protocol.actors.Channel.$Properties} eigr.functions.protocol.actors.Channel.$Shape
                     */

                    /**
                     * Constructs a new Channel.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents a Channel.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.Channel.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Channel = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Channel topic.
                     * @member {string} topic
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @instance
                     */
                    Channel.prototype.topic = "";

                    /**
                     * Channel action.
                     * @member {string} action
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @instance
                     */
                    Channel.prototype.action = "";

                    /**
                     * Creates a new Channel instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @static
                     * @param {eigr.functions.protocol.actors.Channel.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.Channel} Channel instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.Channel.$Shape): eigr.functions.protocol.actors.Channel & eigr.functions.protocol.actors.Channel.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.Channel.$Properties): eigr.functions.protocol.actors.Channel;
                     * }}
                     */
                    Channel.create = function(properties) {
                        return new Channel(properties);
                    };

                    /**
                     * Encodes the specified Channel message. Does not implicitly {@link eigr.functions.protocol.actors.Channel.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @static
                     * @param {eigr.functions.protocol.actors.Channel.$Properties} message Channel message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Channel.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.action);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Channel message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.Channel & eigr.functions.protocol.actors.Channel.$Shape} Channel
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Channel.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.Channel();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.topic = value;
                                    else
                                        delete message.topic;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.action = value;
                                    else
                                        delete message.action;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates a Channel message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.Channel} Channel
                     */
                    Channel.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.Channel)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.Channel: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.Channel();
                        if (object.topic != null)
                            if (typeof object.topic !== "string" || object.topic.length)
                                message.topic = $String(object.topic);
                        if (object.action != null)
                            if (typeof object.action !== "string" || object.action.length)
                                message.action = $String(object.action);
                        return message;
                    };

                    /**
                     * Creates a plain object from a Channel message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @static
                     * @param {eigr.functions.protocol.actors.Channel} message Channel
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Channel.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults) {
                            object.topic = "";
                            object.action = "";
                        }
                        if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                            object.topic = message.topic;
                        if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                            object.action = message.action;
                        return object;
                    };

                    /**
                     * Converts this Channel to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Channel.prototype.toJSON = function() {
                        return Channel.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Channel
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.Channel
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Channel.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.Channel";
                    };

                    return Channel;
                })();

                /**
                 * Kind enum.
                 * @name eigr.functions.protocol.actors.Kind
                 * @enum {number}
                 * @property {number} UNKNOW_KIND=0 UNKNOW_KIND value
                 * @property {number} NAMED=1 NAMED value
                 * @property {number} UNNAMED=2 UNNAMED value
                 * @property {number} POOLED=3 POOLED value
                 * @property {number} PROXY=4 PROXY value
                 * @property {number} TASK=5 TASK value
                 */
                actors.Kind = (function() {
                    var valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOW_KIND"] = 0;
                    values[valuesById[1] = "NAMED"] = 1;
                    values[valuesById[2] = "UNNAMED"] = 2;
                    values[valuesById[3] = "POOLED"] = 3;
                    values[valuesById[4] = "PROXY"] = 4;
                    values[valuesById[5] = "TASK"] = 5;
                    return values;
                })();

                actors.ActorSettings = (function() {

                    /**
                     * Properties of an ActorSettings.
                     * @typedef {Object} eigr.functions.protocol.actors.ActorSettings.$Properties
                     * @property {eigr.functions.protocol.actors.Kind|null} [kind] ActorSettings kind
                     * @property {boolean|null} [stateful] ActorSettings stateful
                     * @property {eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties|null} [snapshotStrategy] ActorSettings snapshotStrategy
                     * @property {eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties|null} [deactivationStrategy] ActorSettings deactivationStrategy
                     * @property {number|null} [minPoolSize] ActorSettings minPoolSize
                     * @property {number|null} [maxPoolSize] ActorSettings maxPoolSize
                     * @property {string|null} [stateType] ActorSettings stateType
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActorSettings.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IActorSettings
                     * @augments eigr.functions.protocol.actors.ActorSettings.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.ActorSettings.$Properties instead.
                     */

                    /**
                     * Shape of an ActorSettings.
                     * @typedef {{
                     *   kind?: eigr.functions.protocol.actors.Kind|null;
                     *   stateful?: boolean|null;
                     *   snapshotStrategy?: eigr.functions.protocol.actors.ActorSnapshotStrategy.$Shape|null;
                     *   deactivationStrategy?: eigr.functions.protocol.actors.ActorDeactivationStrategy.$Shape|null;
                     *   minPoolSize?: number|null;
                     *   maxPoolSize?: number|null;
                     *   stateType?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} eigr.functions.protocol.actors.ActorSettings.$Shape
                     */

                    /**
                     * Constructs a new ActorSettings.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an ActorSettings.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.ActorSettings.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActorSettings = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActorSettings kind.
                     * @member {eigr.functions.protocol.actors.Kind} kind
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     */
                    ActorSettings.prototype.kind = 0;

                    /**
                     * ActorSettings stateful.
                     * @member {boolean} stateful
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     */
                    ActorSettings.prototype.stateful = false;

                    /**
                     * ActorSettings snapshotStrategy.
                     * @member {eigr.functions.protocol.actors.ActorSnapshotStrategy.$Properties|null|undefined} snapshotStrategy
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     */
                    ActorSettings.prototype.snapshotStrategy = null;

                    /**
                     * ActorSettings deactivationStrategy.
                     * @member {eigr.functions.protocol.actors.ActorDeactivationStrategy.$Properties|null|undefined} deactivationStrategy
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     */
                    ActorSettings.prototype.deactivationStrategy = null;

                    /**
                     * ActorSettings minPoolSize.
                     * @member {number} minPoolSize
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     */
                    ActorSettings.prototype.minPoolSize = 0;

                    /**
                     * ActorSettings maxPoolSize.
                     * @member {number} maxPoolSize
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     */
                    ActorSettings.prototype.maxPoolSize = 0;

                    /**
                     * ActorSettings stateType.
                     * @member {string} stateType
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     */
                    ActorSettings.prototype.stateType = "";

                    /**
                     * Creates a new ActorSettings instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSettings.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.ActorSettings} ActorSettings instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.ActorSettings.$Shape): eigr.functions.protocol.actors.ActorSettings & eigr.functions.protocol.actors.ActorSettings.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.ActorSettings.$Properties): eigr.functions.protocol.actors.ActorSettings;
                     * }}
                     */
                    ActorSettings.create = function(properties) {
                        return new ActorSettings(properties);
                    };

                    /**
                     * Encodes the specified ActorSettings message. Does not implicitly {@link eigr.functions.protocol.actors.ActorSettings.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSettings.$Properties} message ActorSettings message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActorSettings.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                        if (message.stateful != null && $Object.hasOwnProperty.call(message, "stateful") && message.stateful !== false)
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.stateful);
                        if (message.snapshotStrategy != null && $Object.hasOwnProperty.call(message, "snapshotStrategy"))
                            $root.eigr.functions.protocol.actors.ActorSnapshotStrategy.encode(message.snapshotStrategy, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.deactivationStrategy != null && $Object.hasOwnProperty.call(message, "deactivationStrategy"))
                            $root.eigr.functions.protocol.actors.ActorDeactivationStrategy.encode(message.deactivationStrategy, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.minPoolSize != null && $Object.hasOwnProperty.call(message, "minPoolSize") && message.minPoolSize !== 0)
                            writer.uint32(/* id 5, wireType 0 =*/40).int32(message.minPoolSize);
                        if (message.maxPoolSize != null && $Object.hasOwnProperty.call(message, "maxPoolSize") && message.maxPoolSize !== 0)
                            writer.uint32(/* id 6, wireType 0 =*/48).int32(message.maxPoolSize);
                        if (message.stateType != null && $Object.hasOwnProperty.call(message, "stateType") && message.stateType !== "")
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.stateType);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActorSettings message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.ActorSettings & eigr.functions.protocol.actors.ActorSettings.$Shape} ActorSettings
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActorSettings.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.ActorSettings();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.kind = value;
                                    else
                                        delete message.kind;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.stateful = value;
                                    else
                                        delete message.stateful;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.snapshotStrategy = $root.eigr.functions.protocol.actors.ActorSnapshotStrategy.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotStrategy);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.deactivationStrategy = $root.eigr.functions.protocol.actors.ActorDeactivationStrategy.decode(reader, reader.size(), $undefined, _depth + 1, message.deactivationStrategy);
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.minPoolSize = value;
                                    else
                                        delete message.minPoolSize;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.maxPoolSize = value;
                                    else
                                        delete message.maxPoolSize;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.stateType = value;
                                    else
                                        delete message.stateType;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an ActorSettings message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.ActorSettings} ActorSettings
                     */
                    ActorSettings.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.ActorSettings)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.ActorSettings: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.ActorSettings();
                        if (object.kind !== 0 && (typeof object.kind !== "string" || $root.eigr.functions.protocol.actors.Kind[object.kind] !== 0))
                            switch (object.kind) {
                            case "UNKNOW_KIND":
                            case 0:
                                message.kind = 0;
                                break;
                            case "NAMED":
                            case 1:
                                message.kind = 1;
                                break;
                            case "UNNAMED":
                            case 2:
                                message.kind = 2;
                                break;
                            case "POOLED":
                            case 3:
                                message.kind = 3;
                                break;
                            case "PROXY":
                            case 4:
                                message.kind = 4;
                                break;
                            case "TASK":
                            case 5:
                                message.kind = 5;
                                break;
                            default:
                                if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                    message.kind = object.kind;
                            }
                        if (object.stateful != null)
                            if (object.stateful)
                                message.stateful = $Boolean(object.stateful);
                        if (object.snapshotStrategy != null) {
                            if (!$util.isObject(object.snapshotStrategy))
                                throw $TypeError(".eigr.functions.protocol.actors.ActorSettings.snapshotStrategy: object expected");
                            message.snapshotStrategy = $root.eigr.functions.protocol.actors.ActorSnapshotStrategy.fromObject(object.snapshotStrategy, _depth + 1);
                        }
                        if (object.deactivationStrategy != null) {
                            if (!$util.isObject(object.deactivationStrategy))
                                throw $TypeError(".eigr.functions.protocol.actors.ActorSettings.deactivationStrategy: object expected");
                            message.deactivationStrategy = $root.eigr.functions.protocol.actors.ActorDeactivationStrategy.fromObject(object.deactivationStrategy, _depth + 1);
                        }
                        if (object.minPoolSize != null)
                            if ($Number(object.minPoolSize) !== 0)
                                message.minPoolSize = object.minPoolSize | 0;
                        if (object.maxPoolSize != null)
                            if ($Number(object.maxPoolSize) !== 0)
                                message.maxPoolSize = object.maxPoolSize | 0;
                        if (object.stateType != null)
                            if (typeof object.stateType !== "string" || object.stateType.length)
                                message.stateType = $String(object.stateType);
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActorSettings message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorSettings} message ActorSettings
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActorSettings.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults) {
                            object.kind = options.enums === $String ? "UNKNOW_KIND" : 0;
                            object.stateful = false;
                            object.snapshotStrategy = null;
                            object.deactivationStrategy = null;
                            object.minPoolSize = 0;
                            object.maxPoolSize = 0;
                            object.stateType = "";
                        }
                        if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                            object.kind = options.enums === $String ? $root.eigr.functions.protocol.actors.Kind[message.kind] === $undefined ? message.kind : $root.eigr.functions.protocol.actors.Kind[message.kind] : message.kind;
                        if (message.stateful != null && $Object.hasOwnProperty.call(message, "stateful"))
                            object.stateful = message.stateful;
                        if (message.snapshotStrategy != null && $Object.hasOwnProperty.call(message, "snapshotStrategy"))
                            object.snapshotStrategy = $root.eigr.functions.protocol.actors.ActorSnapshotStrategy.toObject(message.snapshotStrategy, options, _depth + 1);
                        if (message.deactivationStrategy != null && $Object.hasOwnProperty.call(message, "deactivationStrategy"))
                            object.deactivationStrategy = $root.eigr.functions.protocol.actors.ActorDeactivationStrategy.toObject(message.deactivationStrategy, options, _depth + 1);
                        if (message.minPoolSize != null && $Object.hasOwnProperty.call(message, "minPoolSize"))
                            object.minPoolSize = message.minPoolSize;
                        if (message.maxPoolSize != null && $Object.hasOwnProperty.call(message, "maxPoolSize"))
                            object.maxPoolSize = message.maxPoolSize;
                        if (message.stateType != null && $Object.hasOwnProperty.call(message, "stateType"))
                            object.stateType = message.stateType;
                        return object;
                    };

                    /**
                     * Converts this ActorSettings to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActorSettings.prototype.toJSON = function() {
                        return ActorSettings.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActorSettings
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.ActorSettings
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActorSettings.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.ActorSettings";
                    };

                    return ActorSettings;
                })();

                actors.ActorId = (function() {

                    /**
                     * Properties of an ActorId.
                     * @typedef {Object} eigr.functions.protocol.actors.ActorId.$Properties
                     * @property {string|null} [name] ActorId name
                     * @property {string|null} [system] ActorId system
                     * @property {string|null} [parent] ActorId parent
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an ActorId.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IActorId
                     * @augments eigr.functions.protocol.actors.ActorId.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.ActorId.$Properties instead.
                     */

                    /**
                     * Shape of an ActorId.
                     * @typedef {eigr.functions.protocol.actors.ActorId.$Properties} eigr.functions.protocol.actors.ActorId.$Shape
                     */

                    /**
                     * Constructs a new ActorId.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an ActorId.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.ActorId.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var ActorId = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * ActorId name.
                     * @member {string} name
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @instance
                     */
                    ActorId.prototype.name = "";

                    /**
                     * ActorId system.
                     * @member {string} system
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @instance
                     */
                    ActorId.prototype.system = "";

                    /**
                     * ActorId parent.
                     * @member {string} parent
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @instance
                     */
                    ActorId.prototype.parent = "";

                    /**
                     * Creates a new ActorId instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorId.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.ActorId} ActorId instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.ActorId.$Shape): eigr.functions.protocol.actors.ActorId & eigr.functions.protocol.actors.ActorId.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.ActorId.$Properties): eigr.functions.protocol.actors.ActorId;
                     * }}
                     */
                    ActorId.create = function(properties) {
                        return new ActorId(properties);
                    };

                    /**
                     * Encodes the specified ActorId message. Does not implicitly {@link eigr.functions.protocol.actors.ActorId.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorId.$Properties} message ActorId message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ActorId.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.system != null && $Object.hasOwnProperty.call(message, "system") && message.system !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.system);
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.parent);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an ActorId message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.ActorId & eigr.functions.protocol.actors.ActorId.$Shape} ActorId
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ActorId.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.ActorId();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.system = value;
                                    else
                                        delete message.system;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.parent = value;
                                    else
                                        delete message.parent;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an ActorId message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.ActorId} ActorId
                     */
                    ActorId.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.ActorId)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.ActorId: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.ActorId();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.system != null)
                            if (typeof object.system !== "string" || object.system.length)
                                message.system = $String(object.system);
                        if (object.parent != null)
                            if (typeof object.parent !== "string" || object.parent.length)
                                message.parent = $String(object.parent);
                        return message;
                    };

                    /**
                     * Creates a plain object from an ActorId message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @static
                     * @param {eigr.functions.protocol.actors.ActorId} message ActorId
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    ActorId.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults) {
                            object.name = "";
                            object.system = "";
                            object.parent = "";
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                            object.system = message.system;
                        if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                            object.parent = message.parent;
                        return object;
                    };

                    /**
                     * Converts this ActorId to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    ActorId.prototype.toJSON = function() {
                        return ActorId.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for ActorId
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.ActorId
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    ActorId.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.ActorId";
                    };

                    return ActorId;
                })();

                actors.Actor = (function() {

                    /**
                     * Properties of an Actor.
                     * @typedef {Object} eigr.functions.protocol.actors.Actor.$Properties
                     * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [id] Actor id
                     * @property {eigr.functions.protocol.actors.ActorState.$Properties|null} [state] Actor state
                     * @property {eigr.functions.protocol.actors.ActorSettings.$Properties|null} [settings] Actor settings
                     * @property {Array.<eigr.functions.protocol.actors.Action.$Properties>|null} [actions] Actor actions
                     * @property {Array.<eigr.functions.protocol.actors.FixedTimerAction.$Properties>|null} [timerActions] Actor timerActions
                     * @property {eigr.functions.protocol.actors.Metadata.$Properties|null} [metadata] Actor metadata
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an Actor.
                     * @memberof eigr.functions.protocol.actors
                     * @interface IActor
                     * @augments eigr.functions.protocol.actors.Actor.$Properties
                     * @deprecated Use eigr.functions.protocol.actors.Actor.$Properties instead.
                     */

                    /**
                     * Shape of an Actor.
                     * @typedef {{
                     *   id?: eigr.functions.protocol.actors.ActorId.$Shape|null;
                     *   state?: eigr.functions.protocol.actors.ActorState.$Shape|null;
                     *   settings?: eigr.functions.protocol.actors.ActorSettings.$Shape|null;
                     *   actions?: Array.<eigr.functions.protocol.actors.Action.$Shape>|null;
                     *   timerActions?: Array.<eigr.functions.protocol.actors.FixedTimerAction.$Shape>|null;
                     *   metadata?: eigr.functions.protocol.actors.Metadata.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} eigr.functions.protocol.actors.Actor.$Shape
                     */

                    /**
                     * Constructs a new Actor.
                     * @memberof eigr.functions.protocol.actors
                     * @classdesc Represents an Actor.
                     * @constructor
                     * @param {eigr.functions.protocol.actors.Actor.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Actor = function (properties) {
                        this.actions = [];
                        this.timerActions = [];
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Actor id.
                     * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} id
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @instance
                     */
                    Actor.prototype.id = null;

                    /**
                     * Actor state.
                     * @member {eigr.functions.protocol.actors.ActorState.$Properties|null|undefined} state
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @instance
                     */
                    Actor.prototype.state = null;

                    /**
                     * Actor settings.
                     * @member {eigr.functions.protocol.actors.ActorSettings.$Properties|null|undefined} settings
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @instance
                     */
                    Actor.prototype.settings = null;

                    /**
                     * Actor actions.
                     * @member {Array.<eigr.functions.protocol.actors.Action.$Properties>} actions
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @instance
                     */
                    Actor.prototype.actions = $util.emptyArray;

                    /**
                     * Actor timerActions.
                     * @member {Array.<eigr.functions.protocol.actors.FixedTimerAction.$Properties>} timerActions
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @instance
                     */
                    Actor.prototype.timerActions = $util.emptyArray;

                    /**
                     * Actor metadata.
                     * @member {eigr.functions.protocol.actors.Metadata.$Properties|null|undefined} metadata
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @instance
                     */
                    Actor.prototype.metadata = null;

                    /**
                     * Creates a new Actor instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @static
                     * @param {eigr.functions.protocol.actors.Actor.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.actors.Actor} Actor instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.actors.Actor.$Shape): eigr.functions.protocol.actors.Actor & eigr.functions.protocol.actors.Actor.$Shape;
                     *   (properties?: eigr.functions.protocol.actors.Actor.$Properties): eigr.functions.protocol.actors.Actor;
                     * }}
                     */
                    Actor.create = function(properties) {
                        return new Actor(properties);
                    };

                    /**
                     * Encodes the specified Actor message. Does not implicitly {@link eigr.functions.protocol.actors.Actor.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @static
                     * @param {eigr.functions.protocol.actors.Actor.$Properties} message Actor message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Actor.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            $root.eigr.functions.protocol.actors.ActorId.encode(message.id, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            $root.eigr.functions.protocol.actors.ActorState.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                            $root.eigr.functions.protocol.actors.ActorSettings.encode(message.settings, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.actions != null && message.actions.length)
                            for (var i = 0; i < message.actions.length; ++i)
                                $root.eigr.functions.protocol.actors.Action.encode(message.actions[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.timerActions != null && message.timerActions.length)
                            for (var i = 0; i < message.timerActions.length; ++i)
                                $root.eigr.functions.protocol.actors.FixedTimerAction.encode(message.timerActions[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            $root.eigr.functions.protocol.actors.Metadata.encode(message.metadata, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an Actor message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.actors.Actor & eigr.functions.protocol.actors.Actor.$Shape} Actor
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Actor.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.actors.Actor();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.id = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.id);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.state = $root.eigr.functions.protocol.actors.ActorState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.settings = $root.eigr.functions.protocol.actors.ActorSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.actions && message.actions.length))
                                        message.actions = [];
                                    message.actions.push($root.eigr.functions.protocol.actors.Action.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.timerActions && message.timerActions.length))
                                        message.timerActions = [];
                                    message.timerActions.push($root.eigr.functions.protocol.actors.FixedTimerAction.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.metadata = $root.eigr.functions.protocol.actors.Metadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates an Actor message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.actors.Actor} Actor
                     */
                    Actor.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.actors.Actor)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.actors.Actor: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.actors.Actor();
                        if (object.id != null) {
                            if (!$util.isObject(object.id))
                                throw $TypeError(".eigr.functions.protocol.actors.Actor.id: object expected");
                            message.id = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.id, _depth + 1);
                        }
                        if (object.state != null) {
                            if (!$util.isObject(object.state))
                                throw $TypeError(".eigr.functions.protocol.actors.Actor.state: object expected");
                            message.state = $root.eigr.functions.protocol.actors.ActorState.fromObject(object.state, _depth + 1);
                        }
                        if (object.settings != null) {
                            if (!$util.isObject(object.settings))
                                throw $TypeError(".eigr.functions.protocol.actors.Actor.settings: object expected");
                            message.settings = $root.eigr.functions.protocol.actors.ActorSettings.fromObject(object.settings, _depth + 1);
                        }
                        if (object.actions) {
                            if (!$Array.isArray(object.actions))
                                throw $TypeError(".eigr.functions.protocol.actors.Actor.actions: array expected");
                            message.actions = $Array(object.actions.length);
                            for (var i = 0; i < object.actions.length; ++i) {
                                if (!$util.isObject(object.actions[i]))
                                    throw $TypeError(".eigr.functions.protocol.actors.Actor.actions: object expected");
                                message.actions[i] = $root.eigr.functions.protocol.actors.Action.fromObject(object.actions[i], _depth + 1);
                            }
                        }
                        if (object.timerActions) {
                            if (!$Array.isArray(object.timerActions))
                                throw $TypeError(".eigr.functions.protocol.actors.Actor.timerActions: array expected");
                            message.timerActions = $Array(object.timerActions.length);
                            for (var i = 0; i < object.timerActions.length; ++i) {
                                if (!$util.isObject(object.timerActions[i]))
                                    throw $TypeError(".eigr.functions.protocol.actors.Actor.timerActions: object expected");
                                message.timerActions[i] = $root.eigr.functions.protocol.actors.FixedTimerAction.fromObject(object.timerActions[i], _depth + 1);
                            }
                        }
                        if (object.metadata != null) {
                            if (!$util.isObject(object.metadata))
                                throw $TypeError(".eigr.functions.protocol.actors.Actor.metadata: object expected");
                            message.metadata = $root.eigr.functions.protocol.actors.Metadata.fromObject(object.metadata, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from an Actor message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @static
                     * @param {eigr.functions.protocol.actors.Actor} message Actor
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Actor.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.arrays || options.defaults) {
                            object.actions = [];
                            object.timerActions = [];
                        }
                        if (options.defaults) {
                            object.id = null;
                            object.state = null;
                            object.settings = null;
                            object.metadata = null;
                        }
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = $root.eigr.functions.protocol.actors.ActorId.toObject(message.id, options, _depth + 1);
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            object.state = $root.eigr.functions.protocol.actors.ActorState.toObject(message.state, options, _depth + 1);
                        if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                            object.settings = $root.eigr.functions.protocol.actors.ActorSettings.toObject(message.settings, options, _depth + 1);
                        if (message.actions && message.actions.length) {
                            object.actions = $Array(message.actions.length);
                            for (var j = 0; j < message.actions.length; ++j)
                                object.actions[j] = $root.eigr.functions.protocol.actors.Action.toObject(message.actions[j], options, _depth + 1);
                        }
                        if (message.timerActions && message.timerActions.length) {
                            object.timerActions = $Array(message.timerActions.length);
                            for (var j = 0; j < message.timerActions.length; ++j)
                                object.timerActions[j] = $root.eigr.functions.protocol.actors.FixedTimerAction.toObject(message.timerActions[j], options, _depth + 1);
                        }
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            object.metadata = $root.eigr.functions.protocol.actors.Metadata.toObject(message.metadata, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this Actor to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Actor.prototype.toJSON = function() {
                        return Actor.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Actor
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.actors.Actor
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Actor.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.actors.Actor";
                    };

                    return Actor;
                })();

                return actors;
            })();

            protocol.Context = (function() {

                /**
                 * Properties of a Context.
                 * @typedef {Object} eigr.functions.protocol.Context.$Properties
                 * @property {google.protobuf.Any.$Properties|null} [state] Context state
                 * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [caller] Context caller
                 * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [self] Context self
                 * @property {Object.<string,string>|null} [metadata] Context metadata
                 * @property {Object.<string,string>|null} [tags] Context tags
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Context.
                 * @memberof eigr.functions.protocol
                 * @interface IContext
                 * @augments eigr.functions.protocol.Context.$Properties
                 * @deprecated Use eigr.functions.protocol.Context.$Properties instead.
                 */

                /**
                 * Shape of a Context.
                 * @typedef {eigr.functions.protocol.Context.$Properties} eigr.functions.protocol.Context.$Shape
                 */

                /**
                 * Constructs a new Context.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a Context.
                 * @constructor
                 * @param {eigr.functions.protocol.Context.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Context = function (properties) {
                    this.metadata = {};
                    this.tags = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Context state.
                 * @member {google.protobuf.Any.$Properties|null|undefined} state
                 * @memberof eigr.functions.protocol.Context
                 * @instance
                 */
                Context.prototype.state = null;

                /**
                 * Context caller.
                 * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} caller
                 * @memberof eigr.functions.protocol.Context
                 * @instance
                 */
                Context.prototype.caller = null;

                /**
                 * Context self.
                 * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} self
                 * @memberof eigr.functions.protocol.Context
                 * @instance
                 */
                Context.prototype.self = null;

                /**
                 * Context metadata.
                 * @member {Object.<string,string>} metadata
                 * @memberof eigr.functions.protocol.Context
                 * @instance
                 */
                Context.prototype.metadata = $util.emptyObject;

                /**
                 * Context tags.
                 * @member {Object.<string,string>} tags
                 * @memberof eigr.functions.protocol.Context
                 * @instance
                 */
                Context.prototype.tags = $util.emptyObject;

                /**
                 * Creates a new Context instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.Context
                 * @static
                 * @param {eigr.functions.protocol.Context.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.Context} Context instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.Context.$Shape): eigr.functions.protocol.Context & eigr.functions.protocol.Context.$Shape;
                 *   (properties?: eigr.functions.protocol.Context.$Properties): eigr.functions.protocol.Context;
                 * }}
                 */
                Context.create = function(properties) {
                    return new Context(properties);
                };

                /**
                 * Encodes the specified Context message. Does not implicitly {@link eigr.functions.protocol.Context.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.Context
                 * @static
                 * @param {eigr.functions.protocol.Context.$Properties} message Context message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Context.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        $root.google.protobuf.Any.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        $root.eigr.functions.protocol.actors.ActorId.encode(message.caller, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.self != null && $Object.hasOwnProperty.call(message, "self"))
                        $root.eigr.functions.protocol.actors.ActorId.encode(message.self, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        for (var keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                    if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                        for (var keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Context message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.Context
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.Context & eigr.functions.protocol.Context.$Shape} Context
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Context.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.Context();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.state = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.caller = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.caller);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.self = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.self);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (message.metadata === $util.emptyObject)
                                    message.metadata = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.metadata, key);
                                message.metadata[key] = value;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (message.tags === $util.emptyObject)
                                    message.tags = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.tags, key);
                                message.tags[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Context message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.Context
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.Context} Context
                 */
                Context.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.Context)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.Context: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.Context();
                    if (object.state != null) {
                        if (!$util.isObject(object.state))
                            throw $TypeError(".eigr.functions.protocol.Context.state: object expected");
                        message.state = $root.google.protobuf.Any.fromObject(object.state, _depth + 1);
                    }
                    if (object.caller != null) {
                        if (!$util.isObject(object.caller))
                            throw $TypeError(".eigr.functions.protocol.Context.caller: object expected");
                        message.caller = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.caller, _depth + 1);
                    }
                    if (object.self != null) {
                        if (!$util.isObject(object.self))
                            throw $TypeError(".eigr.functions.protocol.Context.self: object expected");
                        message.self = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.self, _depth + 1);
                    }
                    if (object.metadata) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".eigr.functions.protocol.Context.metadata: object expected");
                        message.metadata = {};
                        for (var keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.metadata, keys[i]);
                            message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                        }
                    }
                    if (object.tags) {
                        if (!$util.isObject(object.tags))
                            throw $TypeError(".eigr.functions.protocol.Context.tags: object expected");
                        message.tags = {};
                        for (var keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.tags, keys[i]);
                            message.tags[keys[i]] = $String(object.tags[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Context message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.Context
                 * @static
                 * @param {eigr.functions.protocol.Context} message Context
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Context.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults) {
                        object.metadata = {};
                        object.tags = {};
                    }
                    if (options.defaults) {
                        object.state = null;
                        object.caller = null;
                        object.self = null;
                    }
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = $root.google.protobuf.Any.toObject(message.state, options, _depth + 1);
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        object.caller = $root.eigr.functions.protocol.actors.ActorId.toObject(message.caller, options, _depth + 1);
                    if (message.self != null && $Object.hasOwnProperty.call(message, "self"))
                        object.self = $root.eigr.functions.protocol.actors.ActorId.toObject(message.self, options, _depth + 1);
                    var keys2;
                    if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                        object.metadata = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.metadata, keys2[j]);
                            object.metadata[keys2[j]] = message.metadata[keys2[j]];
                        }
                    }
                    if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                        object.tags = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.tags, keys2[j]);
                            object.tags[keys2[j]] = message.tags[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this Context to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.Context
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Context.prototype.toJSON = function() {
                    return Context.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Context
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.Context
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Context.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.Context";
                };

                return Context;
            })();

            protocol.Noop = (function() {

                /**
                 * Properties of a Noop.
                 * @typedef {Object} eigr.functions.protocol.Noop.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Noop.
                 * @memberof eigr.functions.protocol
                 * @interface INoop
                 * @augments eigr.functions.protocol.Noop.$Properties
                 * @deprecated Use eigr.functions.protocol.Noop.$Properties instead.
                 */

                /**
                 * Shape of a Noop.
                 * @typedef {eigr.functions.protocol.Noop.$Properties} eigr.functions.protocol.Noop.$Shape
                 */

                /**
                 * Constructs a new Noop.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a Noop.
                 * @constructor
                 * @param {eigr.functions.protocol.Noop.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Noop = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Noop instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.Noop
                 * @static
                 * @param {eigr.functions.protocol.Noop.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.Noop} Noop instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.Noop.$Shape): eigr.functions.protocol.Noop & eigr.functions.protocol.Noop.$Shape;
                 *   (properties?: eigr.functions.protocol.Noop.$Properties): eigr.functions.protocol.Noop;
                 * }}
                 */
                Noop.create = function(properties) {
                    return new Noop(properties);
                };

                /**
                 * Encodes the specified Noop message. Does not implicitly {@link eigr.functions.protocol.Noop.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.Noop
                 * @static
                 * @param {eigr.functions.protocol.Noop.$Properties} message Noop message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Noop.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Noop message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.Noop
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.Noop & eigr.functions.protocol.Noop.$Shape} Noop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Noop.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.Noop();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Noop message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.Noop
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.Noop} Noop
                 */
                Noop.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.Noop)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.Noop: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.eigr.functions.protocol.Noop();
                };

                /**
                 * Creates a plain object from a Noop message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.Noop
                 * @static
                 * @param {eigr.functions.protocol.Noop} message Noop
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Noop.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Noop to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.Noop
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Noop.prototype.toJSON = function() {
                    return Noop.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Noop
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.Noop
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Noop.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.Noop";
                };

                return Noop;
            })();

            protocol.JSONType = (function() {

                /**
                 * Properties of a JSONType.
                 * @typedef {Object} eigr.functions.protocol.JSONType.$Properties
                 * @property {string|null} [content] JSONType content
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a JSONType.
                 * @memberof eigr.functions.protocol
                 * @interface IJSONType
                 * @augments eigr.functions.protocol.JSONType.$Properties
                 * @deprecated Use eigr.functions.protocol.JSONType.$Properties instead.
                 */

                /**
                 * Shape of a JSONType.
                 * @typedef {eigr.functions.protocol.JSONType.$Properties} eigr.functions.protocol.JSONType.$Shape
                 */

                /**
                 * Constructs a new JSONType.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a JSONType.
                 * @constructor
                 * @param {eigr.functions.protocol.JSONType.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var JSONType = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * JSONType content.
                 * @member {string} content
                 * @memberof eigr.functions.protocol.JSONType
                 * @instance
                 */
                JSONType.prototype.content = "";

                /**
                 * Creates a new JSONType instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.JSONType
                 * @static
                 * @param {eigr.functions.protocol.JSONType.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.JSONType} JSONType instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.JSONType.$Shape): eigr.functions.protocol.JSONType & eigr.functions.protocol.JSONType.$Shape;
                 *   (properties?: eigr.functions.protocol.JSONType.$Properties): eigr.functions.protocol.JSONType;
                 * }}
                 */
                JSONType.create = function(properties) {
                    return new JSONType(properties);
                };

                /**
                 * Encodes the specified JSONType message. Does not implicitly {@link eigr.functions.protocol.JSONType.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.JSONType
                 * @static
                 * @param {eigr.functions.protocol.JSONType.$Properties} message JSONType message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JSONType.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.content);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a JSONType message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.JSONType
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.JSONType & eigr.functions.protocol.JSONType.$Shape} JSONType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JSONType.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.JSONType();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.content = value;
                                else
                                    delete message.content;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a JSONType message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.JSONType
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.JSONType} JSONType
                 */
                JSONType.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.JSONType)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.JSONType: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.JSONType();
                    if (object.content != null)
                        if (typeof object.content !== "string" || object.content.length)
                            message.content = $String(object.content);
                    return message;
                };

                /**
                 * Creates a plain object from a JSONType message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.JSONType
                 * @static
                 * @param {eigr.functions.protocol.JSONType} message JSONType
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JSONType.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.content = "";
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = message.content;
                    return object;
                };

                /**
                 * Converts this JSONType to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.JSONType
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JSONType.prototype.toJSON = function() {
                    return JSONType.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for JSONType
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.JSONType
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                JSONType.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.JSONType";
                };

                return JSONType;
            })();

            protocol.RegistrationRequest = (function() {

                /**
                 * Properties of a RegistrationRequest.
                 * @typedef {Object} eigr.functions.protocol.RegistrationRequest.$Properties
                 * @property {eigr.functions.protocol.ServiceInfo.$Properties|null} [serviceInfo] RegistrationRequest serviceInfo
                 * @property {eigr.functions.protocol.actors.ActorSystem.$Properties|null} [actorSystem] RegistrationRequest actorSystem
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegistrationRequest.
                 * @memberof eigr.functions.protocol
                 * @interface IRegistrationRequest
                 * @augments eigr.functions.protocol.RegistrationRequest.$Properties
                 * @deprecated Use eigr.functions.protocol.RegistrationRequest.$Properties instead.
                 */

                /**
                 * Shape of a RegistrationRequest.
                 * @typedef {{
                 *   serviceInfo?: eigr.functions.protocol.ServiceInfo.$Shape|null;
                 *   actorSystem?: eigr.functions.protocol.actors.ActorSystem.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} eigr.functions.protocol.RegistrationRequest.$Shape
                 */

                /**
                 * Constructs a new RegistrationRequest.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a RegistrationRequest.
                 * @constructor
                 * @param {eigr.functions.protocol.RegistrationRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RegistrationRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RegistrationRequest serviceInfo.
                 * @member {eigr.functions.protocol.ServiceInfo.$Properties|null|undefined} serviceInfo
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @instance
                 */
                RegistrationRequest.prototype.serviceInfo = null;

                /**
                 * RegistrationRequest actorSystem.
                 * @member {eigr.functions.protocol.actors.ActorSystem.$Properties|null|undefined} actorSystem
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @instance
                 */
                RegistrationRequest.prototype.actorSystem = null;

                /**
                 * Creates a new RegistrationRequest instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @static
                 * @param {eigr.functions.protocol.RegistrationRequest.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.RegistrationRequest} RegistrationRequest instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.RegistrationRequest.$Shape): eigr.functions.protocol.RegistrationRequest & eigr.functions.protocol.RegistrationRequest.$Shape;
                 *   (properties?: eigr.functions.protocol.RegistrationRequest.$Properties): eigr.functions.protocol.RegistrationRequest;
                 * }}
                 */
                RegistrationRequest.create = function(properties) {
                    return new RegistrationRequest(properties);
                };

                /**
                 * Encodes the specified RegistrationRequest message. Does not implicitly {@link eigr.functions.protocol.RegistrationRequest.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @static
                 * @param {eigr.functions.protocol.RegistrationRequest.$Properties} message RegistrationRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegistrationRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                        $root.eigr.functions.protocol.ServiceInfo.encode(message.serviceInfo, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem"))
                        $root.eigr.functions.protocol.actors.ActorSystem.encode(message.actorSystem, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RegistrationRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.RegistrationRequest & eigr.functions.protocol.RegistrationRequest.$Shape} RegistrationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegistrationRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.RegistrationRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.serviceInfo = $root.eigr.functions.protocol.ServiceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceInfo);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.actorSystem = $root.eigr.functions.protocol.actors.ActorSystem.decode(reader, reader.size(), $undefined, _depth + 1, message.actorSystem);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RegistrationRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.RegistrationRequest} RegistrationRequest
                 */
                RegistrationRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.RegistrationRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.RegistrationRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.RegistrationRequest();
                    if (object.serviceInfo != null) {
                        if (!$util.isObject(object.serviceInfo))
                            throw $TypeError(".eigr.functions.protocol.RegistrationRequest.serviceInfo: object expected");
                        message.serviceInfo = $root.eigr.functions.protocol.ServiceInfo.fromObject(object.serviceInfo, _depth + 1);
                    }
                    if (object.actorSystem != null) {
                        if (!$util.isObject(object.actorSystem))
                            throw $TypeError(".eigr.functions.protocol.RegistrationRequest.actorSystem: object expected");
                        message.actorSystem = $root.eigr.functions.protocol.actors.ActorSystem.fromObject(object.actorSystem, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RegistrationRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @static
                 * @param {eigr.functions.protocol.RegistrationRequest} message RegistrationRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegistrationRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.serviceInfo = null;
                        object.actorSystem = null;
                    }
                    if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                        object.serviceInfo = $root.eigr.functions.protocol.ServiceInfo.toObject(message.serviceInfo, options, _depth + 1);
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem"))
                        object.actorSystem = $root.eigr.functions.protocol.actors.ActorSystem.toObject(message.actorSystem, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RegistrationRequest to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegistrationRequest.prototype.toJSON = function() {
                    return RegistrationRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegistrationRequest
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.RegistrationRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegistrationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.RegistrationRequest";
                };

                return RegistrationRequest;
            })();

            protocol.RegistrationResponse = (function() {

                /**
                 * Properties of a RegistrationResponse.
                 * @typedef {Object} eigr.functions.protocol.RegistrationResponse.$Properties
                 * @property {eigr.functions.protocol.RequestStatus.$Properties|null} [status] RegistrationResponse status
                 * @property {eigr.functions.protocol.ProxyInfo.$Properties|null} [proxyInfo] RegistrationResponse proxyInfo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegistrationResponse.
                 * @memberof eigr.functions.protocol
                 * @interface IRegistrationResponse
                 * @augments eigr.functions.protocol.RegistrationResponse.$Properties
                 * @deprecated Use eigr.functions.protocol.RegistrationResponse.$Properties instead.
                 */

                /**
                 * Shape of a RegistrationResponse.
                 * @typedef {eigr.functions.protocol.RegistrationResponse.$Properties} eigr.functions.protocol.RegistrationResponse.$Shape
                 */

                /**
                 * Constructs a new RegistrationResponse.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a RegistrationResponse.
                 * @constructor
                 * @param {eigr.functions.protocol.RegistrationResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RegistrationResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RegistrationResponse status.
                 * @member {eigr.functions.protocol.RequestStatus.$Properties|null|undefined} status
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @instance
                 */
                RegistrationResponse.prototype.status = null;

                /**
                 * RegistrationResponse proxyInfo.
                 * @member {eigr.functions.protocol.ProxyInfo.$Properties|null|undefined} proxyInfo
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @instance
                 */
                RegistrationResponse.prototype.proxyInfo = null;

                /**
                 * Creates a new RegistrationResponse instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @static
                 * @param {eigr.functions.protocol.RegistrationResponse.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.RegistrationResponse} RegistrationResponse instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.RegistrationResponse.$Shape): eigr.functions.protocol.RegistrationResponse & eigr.functions.protocol.RegistrationResponse.$Shape;
                 *   (properties?: eigr.functions.protocol.RegistrationResponse.$Properties): eigr.functions.protocol.RegistrationResponse;
                 * }}
                 */
                RegistrationResponse.create = function(properties) {
                    return new RegistrationResponse(properties);
                };

                /**
                 * Encodes the specified RegistrationResponse message. Does not implicitly {@link eigr.functions.protocol.RegistrationResponse.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @static
                 * @param {eigr.functions.protocol.RegistrationResponse.$Properties} message RegistrationResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegistrationResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.eigr.functions.protocol.RequestStatus.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.proxyInfo != null && $Object.hasOwnProperty.call(message, "proxyInfo"))
                        $root.eigr.functions.protocol.ProxyInfo.encode(message.proxyInfo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RegistrationResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.RegistrationResponse & eigr.functions.protocol.RegistrationResponse.$Shape} RegistrationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegistrationResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.RegistrationResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.eigr.functions.protocol.RequestStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.proxyInfo = $root.eigr.functions.protocol.ProxyInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.proxyInfo);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RegistrationResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.RegistrationResponse} RegistrationResponse
                 */
                RegistrationResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.RegistrationResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.RegistrationResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.RegistrationResponse();
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".eigr.functions.protocol.RegistrationResponse.status: object expected");
                        message.status = $root.eigr.functions.protocol.RequestStatus.fromObject(object.status, _depth + 1);
                    }
                    if (object.proxyInfo != null) {
                        if (!$util.isObject(object.proxyInfo))
                            throw $TypeError(".eigr.functions.protocol.RegistrationResponse.proxyInfo: object expected");
                        message.proxyInfo = $root.eigr.functions.protocol.ProxyInfo.fromObject(object.proxyInfo, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RegistrationResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @static
                 * @param {eigr.functions.protocol.RegistrationResponse} message RegistrationResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegistrationResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.status = null;
                        object.proxyInfo = null;
                    }
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.eigr.functions.protocol.RequestStatus.toObject(message.status, options, _depth + 1);
                    if (message.proxyInfo != null && $Object.hasOwnProperty.call(message, "proxyInfo"))
                        object.proxyInfo = $root.eigr.functions.protocol.ProxyInfo.toObject(message.proxyInfo, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RegistrationResponse to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegistrationResponse.prototype.toJSON = function() {
                    return RegistrationResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegistrationResponse
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.RegistrationResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegistrationResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.RegistrationResponse";
                };

                return RegistrationResponse;
            })();

            protocol.ServiceInfo = (function() {

                /**
                 * Properties of a ServiceInfo.
                 * @typedef {Object} eigr.functions.protocol.ServiceInfo.$Properties
                 * @property {string|null} [serviceName] ServiceInfo serviceName
                 * @property {string|null} [serviceVersion] ServiceInfo serviceVersion
                 * @property {string|null} [serviceRuntime] ServiceInfo serviceRuntime
                 * @property {string|null} [supportLibraryName] ServiceInfo supportLibraryName
                 * @property {string|null} [supportLibraryVersion] ServiceInfo supportLibraryVersion
                 * @property {number|null} [protocolMajorVersion] ServiceInfo protocolMajorVersion
                 * @property {number|null} [protocolMinorVersion] ServiceInfo protocolMinorVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ServiceInfo.
                 * @memberof eigr.functions.protocol
                 * @interface IServiceInfo
                 * @augments eigr.functions.protocol.ServiceInfo.$Properties
                 * @deprecated Use eigr.functions.protocol.ServiceInfo.$Properties instead.
                 */

                /**
                 * Shape of a ServiceInfo.
                 * @typedef {eigr.functions.protocol.ServiceInfo.$Properties} eigr.functions.protocol.ServiceInfo.$Shape
                 */

                /**
                 * Constructs a new ServiceInfo.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a ServiceInfo.
                 * @constructor
                 * @param {eigr.functions.protocol.ServiceInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ServiceInfo = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ServiceInfo serviceName.
                 * @member {string} serviceName
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 */
                ServiceInfo.prototype.serviceName = "";

                /**
                 * ServiceInfo serviceVersion.
                 * @member {string} serviceVersion
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 */
                ServiceInfo.prototype.serviceVersion = "";

                /**
                 * ServiceInfo serviceRuntime.
                 * @member {string} serviceRuntime
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 */
                ServiceInfo.prototype.serviceRuntime = "";

                /**
                 * ServiceInfo supportLibraryName.
                 * @member {string} supportLibraryName
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 */
                ServiceInfo.prototype.supportLibraryName = "";

                /**
                 * ServiceInfo supportLibraryVersion.
                 * @member {string} supportLibraryVersion
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 */
                ServiceInfo.prototype.supportLibraryVersion = "";

                /**
                 * ServiceInfo protocolMajorVersion.
                 * @member {number} protocolMajorVersion
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 */
                ServiceInfo.prototype.protocolMajorVersion = 0;

                /**
                 * ServiceInfo protocolMinorVersion.
                 * @member {number} protocolMinorVersion
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 */
                ServiceInfo.prototype.protocolMinorVersion = 0;

                /**
                 * Creates a new ServiceInfo instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @static
                 * @param {eigr.functions.protocol.ServiceInfo.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.ServiceInfo} ServiceInfo instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.ServiceInfo.$Shape): eigr.functions.protocol.ServiceInfo & eigr.functions.protocol.ServiceInfo.$Shape;
                 *   (properties?: eigr.functions.protocol.ServiceInfo.$Properties): eigr.functions.protocol.ServiceInfo;
                 * }}
                 */
                ServiceInfo.create = function(properties) {
                    return new ServiceInfo(properties);
                };

                /**
                 * Encodes the specified ServiceInfo message. Does not implicitly {@link eigr.functions.protocol.ServiceInfo.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @static
                 * @param {eigr.functions.protocol.ServiceInfo.$Properties} message ServiceInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.serviceName != null && $Object.hasOwnProperty.call(message, "serviceName") && message.serviceName !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.serviceName);
                    if (message.serviceVersion != null && $Object.hasOwnProperty.call(message, "serviceVersion") && message.serviceVersion !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.serviceVersion);
                    if (message.serviceRuntime != null && $Object.hasOwnProperty.call(message, "serviceRuntime") && message.serviceRuntime !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.serviceRuntime);
                    if (message.supportLibraryName != null && $Object.hasOwnProperty.call(message, "supportLibraryName") && message.supportLibraryName !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.supportLibraryName);
                    if (message.supportLibraryVersion != null && $Object.hasOwnProperty.call(message, "supportLibraryVersion") && message.supportLibraryVersion !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.supportLibraryVersion);
                    if (message.protocolMajorVersion != null && $Object.hasOwnProperty.call(message, "protocolMajorVersion") && message.protocolMajorVersion !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.protocolMajorVersion);
                    if (message.protocolMinorVersion != null && $Object.hasOwnProperty.call(message, "protocolMinorVersion") && message.protocolMinorVersion !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.protocolMinorVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ServiceInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.ServiceInfo & eigr.functions.protocol.ServiceInfo.$Shape} ServiceInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.ServiceInfo();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serviceName = value;
                                else
                                    delete message.serviceName;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serviceVersion = value;
                                else
                                    delete message.serviceVersion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serviceRuntime = value;
                                else
                                    delete message.serviceRuntime;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supportLibraryName = value;
                                else
                                    delete message.supportLibraryName;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supportLibraryVersion = value;
                                else
                                    delete message.supportLibraryVersion;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.protocolMajorVersion = value;
                                else
                                    delete message.protocolMajorVersion;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.protocolMinorVersion = value;
                                else
                                    delete message.protocolMinorVersion;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ServiceInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.ServiceInfo} ServiceInfo
                 */
                ServiceInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.ServiceInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.ServiceInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.ServiceInfo();
                    if (object.serviceName != null)
                        if (typeof object.serviceName !== "string" || object.serviceName.length)
                            message.serviceName = $String(object.serviceName);
                    if (object.serviceVersion != null)
                        if (typeof object.serviceVersion !== "string" || object.serviceVersion.length)
                            message.serviceVersion = $String(object.serviceVersion);
                    if (object.serviceRuntime != null)
                        if (typeof object.serviceRuntime !== "string" || object.serviceRuntime.length)
                            message.serviceRuntime = $String(object.serviceRuntime);
                    if (object.supportLibraryName != null)
                        if (typeof object.supportLibraryName !== "string" || object.supportLibraryName.length)
                            message.supportLibraryName = $String(object.supportLibraryName);
                    if (object.supportLibraryVersion != null)
                        if (typeof object.supportLibraryVersion !== "string" || object.supportLibraryVersion.length)
                            message.supportLibraryVersion = $String(object.supportLibraryVersion);
                    if (object.protocolMajorVersion != null)
                        if ($Number(object.protocolMajorVersion) !== 0)
                            message.protocolMajorVersion = object.protocolMajorVersion | 0;
                    if (object.protocolMinorVersion != null)
                        if ($Number(object.protocolMinorVersion) !== 0)
                            message.protocolMinorVersion = object.protocolMinorVersion | 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ServiceInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @static
                 * @param {eigr.functions.protocol.ServiceInfo} message ServiceInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ServiceInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.serviceName = "";
                        object.serviceVersion = "";
                        object.serviceRuntime = "";
                        object.supportLibraryName = "";
                        object.supportLibraryVersion = "";
                        object.protocolMajorVersion = 0;
                        object.protocolMinorVersion = 0;
                    }
                    if (message.serviceName != null && $Object.hasOwnProperty.call(message, "serviceName"))
                        object.serviceName = message.serviceName;
                    if (message.serviceVersion != null && $Object.hasOwnProperty.call(message, "serviceVersion"))
                        object.serviceVersion = message.serviceVersion;
                    if (message.serviceRuntime != null && $Object.hasOwnProperty.call(message, "serviceRuntime"))
                        object.serviceRuntime = message.serviceRuntime;
                    if (message.supportLibraryName != null && $Object.hasOwnProperty.call(message, "supportLibraryName"))
                        object.supportLibraryName = message.supportLibraryName;
                    if (message.supportLibraryVersion != null && $Object.hasOwnProperty.call(message, "supportLibraryVersion"))
                        object.supportLibraryVersion = message.supportLibraryVersion;
                    if (message.protocolMajorVersion != null && $Object.hasOwnProperty.call(message, "protocolMajorVersion"))
                        object.protocolMajorVersion = message.protocolMajorVersion;
                    if (message.protocolMinorVersion != null && $Object.hasOwnProperty.call(message, "protocolMinorVersion"))
                        object.protocolMinorVersion = message.protocolMinorVersion;
                    return object;
                };

                /**
                 * Converts this ServiceInfo to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ServiceInfo.prototype.toJSON = function() {
                    return ServiceInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ServiceInfo
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.ServiceInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ServiceInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.ServiceInfo";
                };

                return ServiceInfo;
            })();

            protocol.SpawnRequest = (function() {

                /**
                 * Properties of a SpawnRequest.
                 * @typedef {Object} eigr.functions.protocol.SpawnRequest.$Properties
                 * @property {Array.<eigr.functions.protocol.actors.ActorId.$Properties>|null} [actors] SpawnRequest actors
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SpawnRequest.
                 * @memberof eigr.functions.protocol
                 * @interface ISpawnRequest
                 * @augments eigr.functions.protocol.SpawnRequest.$Properties
                 * @deprecated Use eigr.functions.protocol.SpawnRequest.$Properties instead.
                 */

                /**
                 * Shape of a SpawnRequest.
                 * @typedef {eigr.functions.protocol.SpawnRequest.$Properties} eigr.functions.protocol.SpawnRequest.$Shape
                 */

                /**
                 * Constructs a new SpawnRequest.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a SpawnRequest.
                 * @constructor
                 * @param {eigr.functions.protocol.SpawnRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SpawnRequest = function (properties) {
                    this.actors = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SpawnRequest actors.
                 * @member {Array.<eigr.functions.protocol.actors.ActorId.$Properties>} actors
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @instance
                 */
                SpawnRequest.prototype.actors = $util.emptyArray;

                /**
                 * Creates a new SpawnRequest instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @static
                 * @param {eigr.functions.protocol.SpawnRequest.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.SpawnRequest} SpawnRequest instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.SpawnRequest.$Shape): eigr.functions.protocol.SpawnRequest & eigr.functions.protocol.SpawnRequest.$Shape;
                 *   (properties?: eigr.functions.protocol.SpawnRequest.$Properties): eigr.functions.protocol.SpawnRequest;
                 * }}
                 */
                SpawnRequest.create = function(properties) {
                    return new SpawnRequest(properties);
                };

                /**
                 * Encodes the specified SpawnRequest message. Does not implicitly {@link eigr.functions.protocol.SpawnRequest.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @static
                 * @param {eigr.functions.protocol.SpawnRequest.$Properties} message SpawnRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpawnRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actors != null && message.actors.length)
                        for (var i = 0; i < message.actors.length; ++i)
                            $root.eigr.functions.protocol.actors.ActorId.encode(message.actors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SpawnRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.SpawnRequest & eigr.functions.protocol.SpawnRequest.$Shape} SpawnRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpawnRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.SpawnRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.actors && message.actors.length))
                                    message.actors = [];
                                message.actors.push($root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SpawnRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.SpawnRequest} SpawnRequest
                 */
                SpawnRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.SpawnRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.SpawnRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.SpawnRequest();
                    if (object.actors) {
                        if (!$Array.isArray(object.actors))
                            throw $TypeError(".eigr.functions.protocol.SpawnRequest.actors: array expected");
                        message.actors = $Array(object.actors.length);
                        for (var i = 0; i < object.actors.length; ++i) {
                            if (!$util.isObject(object.actors[i]))
                                throw $TypeError(".eigr.functions.protocol.SpawnRequest.actors: object expected");
                            message.actors[i] = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.actors[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SpawnRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @static
                 * @param {eigr.functions.protocol.SpawnRequest} message SpawnRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SpawnRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.actors = [];
                    if (message.actors && message.actors.length) {
                        object.actors = $Array(message.actors.length);
                        for (var j = 0; j < message.actors.length; ++j)
                            object.actors[j] = $root.eigr.functions.protocol.actors.ActorId.toObject(message.actors[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this SpawnRequest to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SpawnRequest.prototype.toJSON = function() {
                    return SpawnRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SpawnRequest
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.SpawnRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SpawnRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.SpawnRequest";
                };

                return SpawnRequest;
            })();

            protocol.SpawnResponse = (function() {

                /**
                 * Properties of a SpawnResponse.
                 * @typedef {Object} eigr.functions.protocol.SpawnResponse.$Properties
                 * @property {eigr.functions.protocol.RequestStatus.$Properties|null} [status] SpawnResponse status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SpawnResponse.
                 * @memberof eigr.functions.protocol
                 * @interface ISpawnResponse
                 * @augments eigr.functions.protocol.SpawnResponse.$Properties
                 * @deprecated Use eigr.functions.protocol.SpawnResponse.$Properties instead.
                 */

                /**
                 * Shape of a SpawnResponse.
                 * @typedef {eigr.functions.protocol.SpawnResponse.$Properties} eigr.functions.protocol.SpawnResponse.$Shape
                 */

                /**
                 * Constructs a new SpawnResponse.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a SpawnResponse.
                 * @constructor
                 * @param {eigr.functions.protocol.SpawnResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SpawnResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SpawnResponse status.
                 * @member {eigr.functions.protocol.RequestStatus.$Properties|null|undefined} status
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @instance
                 */
                SpawnResponse.prototype.status = null;

                /**
                 * Creates a new SpawnResponse instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @static
                 * @param {eigr.functions.protocol.SpawnResponse.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.SpawnResponse} SpawnResponse instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.SpawnResponse.$Shape): eigr.functions.protocol.SpawnResponse & eigr.functions.protocol.SpawnResponse.$Shape;
                 *   (properties?: eigr.functions.protocol.SpawnResponse.$Properties): eigr.functions.protocol.SpawnResponse;
                 * }}
                 */
                SpawnResponse.create = function(properties) {
                    return new SpawnResponse(properties);
                };

                /**
                 * Encodes the specified SpawnResponse message. Does not implicitly {@link eigr.functions.protocol.SpawnResponse.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @static
                 * @param {eigr.functions.protocol.SpawnResponse.$Properties} message SpawnResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SpawnResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.eigr.functions.protocol.RequestStatus.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SpawnResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.SpawnResponse & eigr.functions.protocol.SpawnResponse.$Shape} SpawnResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SpawnResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.SpawnResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.eigr.functions.protocol.RequestStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SpawnResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.SpawnResponse} SpawnResponse
                 */
                SpawnResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.SpawnResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.SpawnResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.SpawnResponse();
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".eigr.functions.protocol.SpawnResponse.status: object expected");
                        message.status = $root.eigr.functions.protocol.RequestStatus.fromObject(object.status, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SpawnResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @static
                 * @param {eigr.functions.protocol.SpawnResponse} message SpawnResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SpawnResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.status = null;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.eigr.functions.protocol.RequestStatus.toObject(message.status, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SpawnResponse to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SpawnResponse.prototype.toJSON = function() {
                    return SpawnResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SpawnResponse
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.SpawnResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SpawnResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.SpawnResponse";
                };

                return SpawnResponse;
            })();

            protocol.ProxyInfo = (function() {

                /**
                 * Properties of a ProxyInfo.
                 * @typedef {Object} eigr.functions.protocol.ProxyInfo.$Properties
                 * @property {number|null} [protocolMajorVersion] ProxyInfo protocolMajorVersion
                 * @property {number|null} [protocolMinorVersion] ProxyInfo protocolMinorVersion
                 * @property {string|null} [proxyName] ProxyInfo proxyName
                 * @property {string|null} [proxyVersion] ProxyInfo proxyVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProxyInfo.
                 * @memberof eigr.functions.protocol
                 * @interface IProxyInfo
                 * @augments eigr.functions.protocol.ProxyInfo.$Properties
                 * @deprecated Use eigr.functions.protocol.ProxyInfo.$Properties instead.
                 */

                /**
                 * Shape of a ProxyInfo.
                 * @typedef {eigr.functions.protocol.ProxyInfo.$Properties} eigr.functions.protocol.ProxyInfo.$Shape
                 */

                /**
                 * Constructs a new ProxyInfo.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a ProxyInfo.
                 * @constructor
                 * @param {eigr.functions.protocol.ProxyInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ProxyInfo = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProxyInfo protocolMajorVersion.
                 * @member {number} protocolMajorVersion
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @instance
                 */
                ProxyInfo.prototype.protocolMajorVersion = 0;

                /**
                 * ProxyInfo protocolMinorVersion.
                 * @member {number} protocolMinorVersion
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @instance
                 */
                ProxyInfo.prototype.protocolMinorVersion = 0;

                /**
                 * ProxyInfo proxyName.
                 * @member {string} proxyName
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @instance
                 */
                ProxyInfo.prototype.proxyName = "";

                /**
                 * ProxyInfo proxyVersion.
                 * @member {string} proxyVersion
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @instance
                 */
                ProxyInfo.prototype.proxyVersion = "";

                /**
                 * Creates a new ProxyInfo instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @static
                 * @param {eigr.functions.protocol.ProxyInfo.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.ProxyInfo} ProxyInfo instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.ProxyInfo.$Shape): eigr.functions.protocol.ProxyInfo & eigr.functions.protocol.ProxyInfo.$Shape;
                 *   (properties?: eigr.functions.protocol.ProxyInfo.$Properties): eigr.functions.protocol.ProxyInfo;
                 * }}
                 */
                ProxyInfo.create = function(properties) {
                    return new ProxyInfo(properties);
                };

                /**
                 * Encodes the specified ProxyInfo message. Does not implicitly {@link eigr.functions.protocol.ProxyInfo.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @static
                 * @param {eigr.functions.protocol.ProxyInfo.$Properties} message ProxyInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProxyInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.protocolMajorVersion != null && $Object.hasOwnProperty.call(message, "protocolMajorVersion") && message.protocolMajorVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protocolMajorVersion);
                    if (message.protocolMinorVersion != null && $Object.hasOwnProperty.call(message, "protocolMinorVersion") && message.protocolMinorVersion !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.protocolMinorVersion);
                    if (message.proxyName != null && $Object.hasOwnProperty.call(message, "proxyName") && message.proxyName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.proxyName);
                    if (message.proxyVersion != null && $Object.hasOwnProperty.call(message, "proxyVersion") && message.proxyVersion !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.proxyVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProxyInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.ProxyInfo & eigr.functions.protocol.ProxyInfo.$Shape} ProxyInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProxyInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.ProxyInfo();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.protocolMajorVersion = value;
                                else
                                    delete message.protocolMajorVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.protocolMinorVersion = value;
                                else
                                    delete message.protocolMinorVersion;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.proxyName = value;
                                else
                                    delete message.proxyName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.proxyVersion = value;
                                else
                                    delete message.proxyVersion;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ProxyInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.ProxyInfo} ProxyInfo
                 */
                ProxyInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.ProxyInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.ProxyInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.ProxyInfo();
                    if (object.protocolMajorVersion != null)
                        if ($Number(object.protocolMajorVersion) !== 0)
                            message.protocolMajorVersion = object.protocolMajorVersion | 0;
                    if (object.protocolMinorVersion != null)
                        if ($Number(object.protocolMinorVersion) !== 0)
                            message.protocolMinorVersion = object.protocolMinorVersion | 0;
                    if (object.proxyName != null)
                        if (typeof object.proxyName !== "string" || object.proxyName.length)
                            message.proxyName = $String(object.proxyName);
                    if (object.proxyVersion != null)
                        if (typeof object.proxyVersion !== "string" || object.proxyVersion.length)
                            message.proxyVersion = $String(object.proxyVersion);
                    return message;
                };

                /**
                 * Creates a plain object from a ProxyInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @static
                 * @param {eigr.functions.protocol.ProxyInfo} message ProxyInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProxyInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.protocolMajorVersion = 0;
                        object.protocolMinorVersion = 0;
                        object.proxyName = "";
                        object.proxyVersion = "";
                    }
                    if (message.protocolMajorVersion != null && $Object.hasOwnProperty.call(message, "protocolMajorVersion"))
                        object.protocolMajorVersion = message.protocolMajorVersion;
                    if (message.protocolMinorVersion != null && $Object.hasOwnProperty.call(message, "protocolMinorVersion"))
                        object.protocolMinorVersion = message.protocolMinorVersion;
                    if (message.proxyName != null && $Object.hasOwnProperty.call(message, "proxyName"))
                        object.proxyName = message.proxyName;
                    if (message.proxyVersion != null && $Object.hasOwnProperty.call(message, "proxyVersion"))
                        object.proxyVersion = message.proxyVersion;
                    return object;
                };

                /**
                 * Converts this ProxyInfo to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProxyInfo.prototype.toJSON = function() {
                    return ProxyInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProxyInfo
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.ProxyInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProxyInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.ProxyInfo";
                };

                return ProxyInfo;
            })();

            protocol.SideEffect = (function() {

                /**
                 * Properties of a SideEffect.
                 * @typedef {Object} eigr.functions.protocol.SideEffect.$Properties
                 * @property {eigr.functions.protocol.InvocationRequest.$Properties|null} [request] SideEffect request
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SideEffect.
                 * @memberof eigr.functions.protocol
                 * @interface ISideEffect
                 * @augments eigr.functions.protocol.SideEffect.$Properties
                 * @deprecated Use eigr.functions.protocol.SideEffect.$Properties instead.
                 */

                /**
                 * Shape of a SideEffect.
                 * @typedef {{
                 *   request?: eigr.functions.protocol.InvocationRequest.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} eigr.functions.protocol.SideEffect.$Shape
                 */

                /**
                 * Constructs a new SideEffect.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a SideEffect.
                 * @constructor
                 * @param {eigr.functions.protocol.SideEffect.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SideEffect = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SideEffect request.
                 * @member {eigr.functions.protocol.InvocationRequest.$Properties|null|undefined} request
                 * @memberof eigr.functions.protocol.SideEffect
                 * @instance
                 */
                SideEffect.prototype.request = null;

                /**
                 * Creates a new SideEffect instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.SideEffect
                 * @static
                 * @param {eigr.functions.protocol.SideEffect.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.SideEffect} SideEffect instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.SideEffect.$Shape): eigr.functions.protocol.SideEffect & eigr.functions.protocol.SideEffect.$Shape;
                 *   (properties?: eigr.functions.protocol.SideEffect.$Properties): eigr.functions.protocol.SideEffect;
                 * }}
                 */
                SideEffect.create = function(properties) {
                    return new SideEffect(properties);
                };

                /**
                 * Encodes the specified SideEffect message. Does not implicitly {@link eigr.functions.protocol.SideEffect.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.SideEffect
                 * @static
                 * @param {eigr.functions.protocol.SideEffect.$Properties} message SideEffect message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SideEffect.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        $root.eigr.functions.protocol.InvocationRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SideEffect message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.SideEffect
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.SideEffect & eigr.functions.protocol.SideEffect.$Shape} SideEffect
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SideEffect.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.SideEffect();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.request = $root.eigr.functions.protocol.InvocationRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SideEffect message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.SideEffect
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.SideEffect} SideEffect
                 */
                SideEffect.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.SideEffect)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.SideEffect: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.SideEffect();
                    if (object.request != null) {
                        if (!$util.isObject(object.request))
                            throw $TypeError(".eigr.functions.protocol.SideEffect.request: object expected");
                        message.request = $root.eigr.functions.protocol.InvocationRequest.fromObject(object.request, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SideEffect message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.SideEffect
                 * @static
                 * @param {eigr.functions.protocol.SideEffect} message SideEffect
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SideEffect.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.request = null;
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        object.request = $root.eigr.functions.protocol.InvocationRequest.toObject(message.request, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SideEffect to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.SideEffect
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SideEffect.prototype.toJSON = function() {
                    return SideEffect.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SideEffect
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.SideEffect
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SideEffect.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.SideEffect";
                };

                return SideEffect;
            })();

            protocol.Broadcast = (function() {

                /**
                 * Properties of a Broadcast.
                 * @typedef {Object} eigr.functions.protocol.Broadcast.$Properties
                 * @property {string|null} [channelGroup] Broadcast channelGroup
                 * @property {google.protobuf.Any.$Properties|null} [value] Broadcast value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] Broadcast noop
                 * @property {"value"|"noop"} [payload] Broadcast payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Broadcast.
                 * @memberof eigr.functions.protocol
                 * @interface IBroadcast
                 * @augments eigr.functions.protocol.Broadcast.$Properties
                 * @deprecated Use eigr.functions.protocol.Broadcast.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Broadcast.
                 * @typedef {{
                 *   channelGroup?: string|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} eigr.functions.protocol.Broadcast.$Shape
                 */

                /**
                 * Constructs a new Broadcast.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a Broadcast.
                 * @constructor
                 * @param {eigr.functions.protocol.Broadcast.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Broadcast = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Broadcast channelGroup.
                 * @member {string} channelGroup
                 * @memberof eigr.functions.protocol.Broadcast
                 * @instance
                 */
                Broadcast.prototype.channelGroup = "";

                /**
                 * Broadcast value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof eigr.functions.protocol.Broadcast
                 * @instance
                 */
                Broadcast.prototype.value = null;

                /**
                 * Broadcast noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof eigr.functions.protocol.Broadcast
                 * @instance
                 */
                Broadcast.prototype.noop = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * Broadcast payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof eigr.functions.protocol.Broadcast
                 * @instance
                 */
                $Object.defineProperty(Broadcast.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Broadcast instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.Broadcast
                 * @static
                 * @param {eigr.functions.protocol.Broadcast.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.Broadcast} Broadcast instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.Broadcast.$Shape): eigr.functions.protocol.Broadcast & eigr.functions.protocol.Broadcast.$Shape;
                 *   (properties?: eigr.functions.protocol.Broadcast.$Properties): eigr.functions.protocol.Broadcast;
                 * }}
                 */
                Broadcast.create = function(properties) {
                    return new Broadcast(properties);
                };

                /**
                 * Encodes the specified Broadcast message. Does not implicitly {@link eigr.functions.protocol.Broadcast.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.Broadcast
                 * @static
                 * @param {eigr.functions.protocol.Broadcast.$Properties} message Broadcast message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Broadcast.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.channelGroup != null && $Object.hasOwnProperty.call(message, "channelGroup") && message.channelGroup !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelGroup);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Broadcast message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.Broadcast
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.Broadcast & eigr.functions.protocol.Broadcast.$Shape} Broadcast
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Broadcast.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.Broadcast();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.channelGroup = value;
                                else
                                    delete message.channelGroup;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Broadcast message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.Broadcast
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.Broadcast} Broadcast
                 */
                Broadcast.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.Broadcast)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.Broadcast: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.Broadcast();
                    if (object.channelGroup != null)
                        if (typeof object.channelGroup !== "string" || object.channelGroup.length)
                            message.channelGroup = $String(object.channelGroup);
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".eigr.functions.protocol.Broadcast.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".eigr.functions.protocol.Broadcast.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Broadcast message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.Broadcast
                 * @static
                 * @param {eigr.functions.protocol.Broadcast} message Broadcast
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Broadcast.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.channelGroup = "";
                    if (message.channelGroup != null && $Object.hasOwnProperty.call(message, "channelGroup"))
                        object.channelGroup = message.channelGroup;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    return object;
                };

                /**
                 * Converts this Broadcast to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.Broadcast
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Broadcast.prototype.toJSON = function() {
                    return Broadcast.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Broadcast
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.Broadcast
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Broadcast.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.Broadcast";
                };

                return Broadcast;
            })();

            protocol.Pipe = (function() {

                /**
                 * Properties of a Pipe.
                 * @typedef {Object} eigr.functions.protocol.Pipe.$Properties
                 * @property {string|null} [actor] Pipe actor
                 * @property {string|null} [actionName] Pipe actionName
                 * @property {string|null} [registerRef] Pipe registerRef
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Pipe.
                 * @memberof eigr.functions.protocol
                 * @interface IPipe
                 * @augments eigr.functions.protocol.Pipe.$Properties
                 * @deprecated Use eigr.functions.protocol.Pipe.$Properties instead.
                 */

                /**
                 * Shape of a Pipe.
                 * @typedef {eigr.functions.protocol.Pipe.$Properties} eigr.functions.protocol.Pipe.$Shape
                 */

                /**
                 * Constructs a new Pipe.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a Pipe.
                 * @constructor
                 * @param {eigr.functions.protocol.Pipe.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Pipe = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Pipe actor.
                 * @member {string} actor
                 * @memberof eigr.functions.protocol.Pipe
                 * @instance
                 */
                Pipe.prototype.actor = "";

                /**
                 * Pipe actionName.
                 * @member {string} actionName
                 * @memberof eigr.functions.protocol.Pipe
                 * @instance
                 */
                Pipe.prototype.actionName = "";

                /**
                 * Pipe registerRef.
                 * @member {string} registerRef
                 * @memberof eigr.functions.protocol.Pipe
                 * @instance
                 */
                Pipe.prototype.registerRef = "";

                /**
                 * Creates a new Pipe instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.Pipe
                 * @static
                 * @param {eigr.functions.protocol.Pipe.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.Pipe} Pipe instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.Pipe.$Shape): eigr.functions.protocol.Pipe & eigr.functions.protocol.Pipe.$Shape;
                 *   (properties?: eigr.functions.protocol.Pipe.$Properties): eigr.functions.protocol.Pipe;
                 * }}
                 */
                Pipe.create = function(properties) {
                    return new Pipe(properties);
                };

                /**
                 * Encodes the specified Pipe message. Does not implicitly {@link eigr.functions.protocol.Pipe.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.Pipe
                 * @static
                 * @param {eigr.functions.protocol.Pipe.$Properties} message Pipe message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pipe.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.actor);
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName") && message.actionName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actionName);
                    if (message.registerRef != null && $Object.hasOwnProperty.call(message, "registerRef") && message.registerRef !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.registerRef);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Pipe message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.Pipe
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.Pipe & eigr.functions.protocol.Pipe.$Shape} Pipe
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pipe.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.Pipe();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actor = value;
                                else
                                    delete message.actor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actionName = value;
                                else
                                    delete message.actionName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.registerRef = value;
                                else
                                    delete message.registerRef;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Pipe message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.Pipe
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.Pipe} Pipe
                 */
                Pipe.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.Pipe)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.Pipe: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.Pipe();
                    if (object.actor != null)
                        if (typeof object.actor !== "string" || object.actor.length)
                            message.actor = $String(object.actor);
                    if (object.actionName != null)
                        if (typeof object.actionName !== "string" || object.actionName.length)
                            message.actionName = $String(object.actionName);
                    if (object.registerRef != null)
                        if (typeof object.registerRef !== "string" || object.registerRef.length)
                            message.registerRef = $String(object.registerRef);
                    return message;
                };

                /**
                 * Creates a plain object from a Pipe message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.Pipe
                 * @static
                 * @param {eigr.functions.protocol.Pipe} message Pipe
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Pipe.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.actor = "";
                        object.actionName = "";
                        object.registerRef = "";
                    }
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        object.actor = message.actor;
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName"))
                        object.actionName = message.actionName;
                    if (message.registerRef != null && $Object.hasOwnProperty.call(message, "registerRef"))
                        object.registerRef = message.registerRef;
                    return object;
                };

                /**
                 * Converts this Pipe to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.Pipe
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Pipe.prototype.toJSON = function() {
                    return Pipe.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Pipe
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.Pipe
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Pipe.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.Pipe";
                };

                return Pipe;
            })();

            protocol.Forward = (function() {

                /**
                 * Properties of a Forward.
                 * @typedef {Object} eigr.functions.protocol.Forward.$Properties
                 * @property {string|null} [actor] Forward actor
                 * @property {string|null} [actionName] Forward actionName
                 * @property {string|null} [registerRef] Forward registerRef
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Forward.
                 * @memberof eigr.functions.protocol
                 * @interface IForward
                 * @augments eigr.functions.protocol.Forward.$Properties
                 * @deprecated Use eigr.functions.protocol.Forward.$Properties instead.
                 */

                /**
                 * Shape of a Forward.
                 * @typedef {eigr.functions.protocol.Forward.$Properties} eigr.functions.protocol.Forward.$Shape
                 */

                /**
                 * Constructs a new Forward.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a Forward.
                 * @constructor
                 * @param {eigr.functions.protocol.Forward.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Forward = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Forward actor.
                 * @member {string} actor
                 * @memberof eigr.functions.protocol.Forward
                 * @instance
                 */
                Forward.prototype.actor = "";

                /**
                 * Forward actionName.
                 * @member {string} actionName
                 * @memberof eigr.functions.protocol.Forward
                 * @instance
                 */
                Forward.prototype.actionName = "";

                /**
                 * Forward registerRef.
                 * @member {string} registerRef
                 * @memberof eigr.functions.protocol.Forward
                 * @instance
                 */
                Forward.prototype.registerRef = "";

                /**
                 * Creates a new Forward instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.Forward
                 * @static
                 * @param {eigr.functions.protocol.Forward.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.Forward} Forward instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.Forward.$Shape): eigr.functions.protocol.Forward & eigr.functions.protocol.Forward.$Shape;
                 *   (properties?: eigr.functions.protocol.Forward.$Properties): eigr.functions.protocol.Forward;
                 * }}
                 */
                Forward.create = function(properties) {
                    return new Forward(properties);
                };

                /**
                 * Encodes the specified Forward message. Does not implicitly {@link eigr.functions.protocol.Forward.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.Forward
                 * @static
                 * @param {eigr.functions.protocol.Forward.$Properties} message Forward message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Forward.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.actor);
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName") && message.actionName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actionName);
                    if (message.registerRef != null && $Object.hasOwnProperty.call(message, "registerRef") && message.registerRef !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.registerRef);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Forward message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.Forward
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.Forward & eigr.functions.protocol.Forward.$Shape} Forward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Forward.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.Forward();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actor = value;
                                else
                                    delete message.actor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actionName = value;
                                else
                                    delete message.actionName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.registerRef = value;
                                else
                                    delete message.registerRef;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Forward message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.Forward
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.Forward} Forward
                 */
                Forward.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.Forward)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.Forward: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.Forward();
                    if (object.actor != null)
                        if (typeof object.actor !== "string" || object.actor.length)
                            message.actor = $String(object.actor);
                    if (object.actionName != null)
                        if (typeof object.actionName !== "string" || object.actionName.length)
                            message.actionName = $String(object.actionName);
                    if (object.registerRef != null)
                        if (typeof object.registerRef !== "string" || object.registerRef.length)
                            message.registerRef = $String(object.registerRef);
                    return message;
                };

                /**
                 * Creates a plain object from a Forward message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.Forward
                 * @static
                 * @param {eigr.functions.protocol.Forward} message Forward
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Forward.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.actor = "";
                        object.actionName = "";
                        object.registerRef = "";
                    }
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        object.actor = message.actor;
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName"))
                        object.actionName = message.actionName;
                    if (message.registerRef != null && $Object.hasOwnProperty.call(message, "registerRef"))
                        object.registerRef = message.registerRef;
                    return object;
                };

                /**
                 * Converts this Forward to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.Forward
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Forward.prototype.toJSON = function() {
                    return Forward.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Forward
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.Forward
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Forward.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.Forward";
                };

                return Forward;
            })();

            protocol.Workflow = (function() {

                /**
                 * Properties of a Workflow.
                 * @typedef {Object} eigr.functions.protocol.Workflow.$Properties
                 * @property {Array.<eigr.functions.protocol.SideEffect.$Properties>|null} [effects] Workflow effects
                 * @property {eigr.functions.protocol.Broadcast.$Properties|null} [broadcast] Workflow broadcast
                 * @property {eigr.functions.protocol.Pipe.$Properties|null} [pipe] Workflow pipe
                 * @property {eigr.functions.protocol.Forward.$Properties|null} [forward] Workflow forward
                 * @property {"pipe"|"forward"} [routing] Workflow routing
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Workflow.
                 * @memberof eigr.functions.protocol
                 * @interface IWorkflow
                 * @augments eigr.functions.protocol.Workflow.$Properties
                 * @deprecated Use eigr.functions.protocol.Workflow.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Workflow.
                 * @typedef {{
                 *   effects?: Array.<eigr.functions.protocol.SideEffect.$Shape>|null;
                 *   broadcast?: eigr.functions.protocol.Broadcast.$Shape|null;
                 *   pipe?: eigr.functions.protocol.Pipe.$Shape|null;
                 *   forward?: eigr.functions.protocol.Forward.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ routing?: undefined; pipe?: null; forward?: null }|{ routing?: "pipe"; pipe: eigr.functions.protocol.Pipe.$Shape; forward?: null }|{ routing?: "forward"; pipe?: null; forward: eigr.functions.protocol.Forward.$Shape })
                 * )} eigr.functions.protocol.Workflow.$Shape
                 */

                /**
                 * Constructs a new Workflow.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a Workflow.
                 * @constructor
                 * @param {eigr.functions.protocol.Workflow.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Workflow = function (properties) {
                    this.effects = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Workflow effects.
                 * @member {Array.<eigr.functions.protocol.SideEffect.$Properties>} effects
                 * @memberof eigr.functions.protocol.Workflow
                 * @instance
                 */
                Workflow.prototype.effects = $util.emptyArray;

                /**
                 * Workflow broadcast.
                 * @member {eigr.functions.protocol.Broadcast.$Properties|null|undefined} broadcast
                 * @memberof eigr.functions.protocol.Workflow
                 * @instance
                 */
                Workflow.prototype.broadcast = null;

                /**
                 * Workflow pipe.
                 * @member {eigr.functions.protocol.Pipe.$Properties|null|undefined} pipe
                 * @memberof eigr.functions.protocol.Workflow
                 * @instance
                 */
                Workflow.prototype.pipe = null;

                /**
                 * Workflow forward.
                 * @member {eigr.functions.protocol.Forward.$Properties|null|undefined} forward
                 * @memberof eigr.functions.protocol.Workflow
                 * @instance
                 */
                Workflow.prototype.forward = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * Workflow routing.
                 * @member {"pipe"|"forward"|undefined} routing
                 * @memberof eigr.functions.protocol.Workflow
                 * @instance
                 */
                $Object.defineProperty(Workflow.prototype, "routing", {
                    get: $util.oneOfGetter($oneOfFields = ["pipe", "forward"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Workflow instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.Workflow
                 * @static
                 * @param {eigr.functions.protocol.Workflow.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.Workflow} Workflow instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.Workflow.$Shape): eigr.functions.protocol.Workflow & eigr.functions.protocol.Workflow.$Shape;
                 *   (properties?: eigr.functions.protocol.Workflow.$Properties): eigr.functions.protocol.Workflow;
                 * }}
                 */
                Workflow.create = function(properties) {
                    return new Workflow(properties);
                };

                /**
                 * Encodes the specified Workflow message. Does not implicitly {@link eigr.functions.protocol.Workflow.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.Workflow
                 * @static
                 * @param {eigr.functions.protocol.Workflow.$Properties} message Workflow message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Workflow.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.effects != null && message.effects.length)
                        for (var i = 0; i < message.effects.length; ++i)
                            $root.eigr.functions.protocol.SideEffect.encode(message.effects[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.broadcast != null && $Object.hasOwnProperty.call(message, "broadcast"))
                        $root.eigr.functions.protocol.Broadcast.encode(message.broadcast, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.pipe != null && $Object.hasOwnProperty.call(message, "pipe"))
                        $root.eigr.functions.protocol.Pipe.encode(message.pipe, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.forward != null && $Object.hasOwnProperty.call(message, "forward"))
                        $root.eigr.functions.protocol.Forward.encode(message.forward, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Workflow message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.Workflow
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.Workflow & eigr.functions.protocol.Workflow.$Shape} Workflow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Workflow.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.Workflow();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.effects && message.effects.length))
                                    message.effects = [];
                                message.effects.push($root.eigr.functions.protocol.SideEffect.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.broadcast = $root.eigr.functions.protocol.Broadcast.decode(reader, reader.size(), $undefined, _depth + 1, message.broadcast);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.pipe = $root.eigr.functions.protocol.Pipe.decode(reader, reader.size(), $undefined, _depth + 1, message.pipe);
                                message.routing = "pipe";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.forward = $root.eigr.functions.protocol.Forward.decode(reader, reader.size(), $undefined, _depth + 1, message.forward);
                                message.routing = "forward";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Workflow message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.Workflow
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.Workflow} Workflow
                 */
                Workflow.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.Workflow)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.Workflow: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.Workflow();
                    if (object.effects) {
                        if (!$Array.isArray(object.effects))
                            throw $TypeError(".eigr.functions.protocol.Workflow.effects: array expected");
                        message.effects = $Array(object.effects.length);
                        for (var i = 0; i < object.effects.length; ++i) {
                            if (!$util.isObject(object.effects[i]))
                                throw $TypeError(".eigr.functions.protocol.Workflow.effects: object expected");
                            message.effects[i] = $root.eigr.functions.protocol.SideEffect.fromObject(object.effects[i], _depth + 1);
                        }
                    }
                    if (object.broadcast != null) {
                        if (!$util.isObject(object.broadcast))
                            throw $TypeError(".eigr.functions.protocol.Workflow.broadcast: object expected");
                        message.broadcast = $root.eigr.functions.protocol.Broadcast.fromObject(object.broadcast, _depth + 1);
                    }
                    if (object.pipe != null) {
                        if (!$util.isObject(object.pipe))
                            throw $TypeError(".eigr.functions.protocol.Workflow.pipe: object expected");
                        message.pipe = $root.eigr.functions.protocol.Pipe.fromObject(object.pipe, _depth + 1);
                    }
                    if (object.forward != null) {
                        if (!$util.isObject(object.forward))
                            throw $TypeError(".eigr.functions.protocol.Workflow.forward: object expected");
                        message.forward = $root.eigr.functions.protocol.Forward.fromObject(object.forward, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Workflow message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.Workflow
                 * @static
                 * @param {eigr.functions.protocol.Workflow} message Workflow
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Workflow.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.effects = [];
                    if (options.defaults)
                        object.broadcast = null;
                    if (message.effects && message.effects.length) {
                        object.effects = $Array(message.effects.length);
                        for (var j = 0; j < message.effects.length; ++j)
                            object.effects[j] = $root.eigr.functions.protocol.SideEffect.toObject(message.effects[j], options, _depth + 1);
                    }
                    if (message.broadcast != null && $Object.hasOwnProperty.call(message, "broadcast"))
                        object.broadcast = $root.eigr.functions.protocol.Broadcast.toObject(message.broadcast, options, _depth + 1);
                    if (message.pipe != null && $Object.hasOwnProperty.call(message, "pipe")) {
                        object.pipe = $root.eigr.functions.protocol.Pipe.toObject(message.pipe, options, _depth + 1);
                        if (options.oneofs)
                            object.routing = "pipe";
                    }
                    if (message.forward != null && $Object.hasOwnProperty.call(message, "forward")) {
                        object.forward = $root.eigr.functions.protocol.Forward.toObject(message.forward, options, _depth + 1);
                        if (options.oneofs)
                            object.routing = "forward";
                    }
                    return object;
                };

                /**
                 * Converts this Workflow to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.Workflow
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Workflow.prototype.toJSON = function() {
                    return Workflow.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Workflow
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.Workflow
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Workflow.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.Workflow";
                };

                return Workflow;
            })();

            protocol.InvocationRequest = (function() {

                /**
                 * Properties of an InvocationRequest.
                 * @typedef {Object} eigr.functions.protocol.InvocationRequest.$Properties
                 * @property {eigr.functions.protocol.actors.ActorSystem.$Properties|null} [system] InvocationRequest system
                 * @property {eigr.functions.protocol.actors.Actor.$Properties|null} [actor] InvocationRequest actor
                 * @property {string|null} [actionName] InvocationRequest actionName
                 * @property {google.protobuf.Any.$Properties|null} [value] InvocationRequest value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] InvocationRequest noop
                 * @property {boolean|null} [async] InvocationRequest async
                 * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [caller] InvocationRequest caller
                 * @property {Object.<string,string>|null} [metadata] InvocationRequest metadata
                 * @property {number|null} [scheduledTo] InvocationRequest scheduledTo
                 * @property {boolean|null} [pooled] InvocationRequest pooled
                 * @property {string|null} [registerRef] InvocationRequest registerRef
                 * @property {"value"|"noop"} [payload] InvocationRequest payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InvocationRequest.
                 * @memberof eigr.functions.protocol
                 * @interface IInvocationRequest
                 * @augments eigr.functions.protocol.InvocationRequest.$Properties
                 * @deprecated Use eigr.functions.protocol.InvocationRequest.$Properties instead.
                 */

                /**
                 * Narrowed shape of an InvocationRequest.
                 * @typedef {{
                 *   system?: eigr.functions.protocol.actors.ActorSystem.$Shape|null;
                 *   actor?: eigr.functions.protocol.actors.Actor.$Shape|null;
                 *   actionName?: string|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   async?: boolean|null;
                 *   caller?: eigr.functions.protocol.actors.ActorId.$Shape|null;
                 *   metadata?: Object.<string,string>|null;
                 *   scheduledTo?: number|null;
                 *   pooled?: boolean|null;
                 *   registerRef?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} eigr.functions.protocol.InvocationRequest.$Shape
                 */

                /**
                 * Constructs a new InvocationRequest.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents an InvocationRequest.
                 * @constructor
                 * @param {eigr.functions.protocol.InvocationRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var InvocationRequest = function (properties) {
                    this.metadata = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InvocationRequest system.
                 * @member {eigr.functions.protocol.actors.ActorSystem.$Properties|null|undefined} system
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.system = null;

                /**
                 * InvocationRequest actor.
                 * @member {eigr.functions.protocol.actors.Actor.$Properties|null|undefined} actor
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.actor = null;

                /**
                 * InvocationRequest actionName.
                 * @member {string} actionName
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.actionName = "";

                /**
                 * InvocationRequest value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.value = null;

                /**
                 * InvocationRequest noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.noop = null;

                /**
                 * InvocationRequest async.
                 * @member {boolean} async
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.async = false;

                /**
                 * InvocationRequest caller.
                 * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} caller
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.caller = null;

                /**
                 * InvocationRequest metadata.
                 * @member {Object.<string,string>} metadata
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.metadata = $util.emptyObject;

                /**
                 * InvocationRequest scheduledTo.
                 * @member {number} scheduledTo
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.scheduledTo = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * InvocationRequest pooled.
                 * @member {boolean} pooled
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.pooled = false;

                /**
                 * InvocationRequest registerRef.
                 * @member {string} registerRef
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.registerRef = "";

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * InvocationRequest payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 */
                $Object.defineProperty(InvocationRequest.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new InvocationRequest instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @static
                 * @param {eigr.functions.protocol.InvocationRequest.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.InvocationRequest} InvocationRequest instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.InvocationRequest.$Shape): eigr.functions.protocol.InvocationRequest & eigr.functions.protocol.InvocationRequest.$Shape;
                 *   (properties?: eigr.functions.protocol.InvocationRequest.$Properties): eigr.functions.protocol.InvocationRequest;
                 * }}
                 */
                InvocationRequest.create = function(properties) {
                    return new InvocationRequest(properties);
                };

                /**
                 * Encodes the specified InvocationRequest message. Does not implicitly {@link eigr.functions.protocol.InvocationRequest.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @static
                 * @param {eigr.functions.protocol.InvocationRequest.$Properties} message InvocationRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InvocationRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                        $root.eigr.functions.protocol.actors.ActorSystem.encode(message.system, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        $root.eigr.functions.protocol.actors.Actor.encode(message.actor, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName") && message.actionName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.actionName);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.async != null && $Object.hasOwnProperty.call(message, "async") && message.async !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.async);
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        $root.eigr.functions.protocol.actors.ActorId.encode(message.caller, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        for (var keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                    if (message.scheduledTo != null && $Object.hasOwnProperty.call(message, "scheduledTo") && (typeof message.scheduledTo === "object" ? message.scheduledTo.low || message.scheduledTo.high : message.scheduledTo !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.scheduledTo);
                    if (message.pooled != null && $Object.hasOwnProperty.call(message, "pooled") && message.pooled !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.pooled);
                    if (message.registerRef != null && $Object.hasOwnProperty.call(message, "registerRef") && message.registerRef !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.registerRef);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InvocationRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.InvocationRequest & eigr.functions.protocol.InvocationRequest.$Shape} InvocationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InvocationRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.InvocationRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.system = $root.eigr.functions.protocol.actors.ActorSystem.decode(reader, reader.size(), $undefined, _depth + 1, message.system);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.actor = $root.eigr.functions.protocol.actors.Actor.decode(reader, reader.size(), $undefined, _depth + 1, message.actor);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actionName = value;
                                else
                                    delete message.actionName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.async = value;
                                else
                                    delete message.async;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.caller = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.caller);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (message.metadata === $util.emptyObject)
                                    message.metadata = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.metadata, key);
                                message.metadata[key] = value;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.scheduledTo = value;
                                else
                                    delete message.scheduledTo;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.pooled = value;
                                else
                                    delete message.pooled;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.registerRef = value;
                                else
                                    delete message.registerRef;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an InvocationRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.InvocationRequest} InvocationRequest
                 */
                InvocationRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.InvocationRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.InvocationRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.InvocationRequest();
                    if (object.system != null) {
                        if (!$util.isObject(object.system))
                            throw $TypeError(".eigr.functions.protocol.InvocationRequest.system: object expected");
                        message.system = $root.eigr.functions.protocol.actors.ActorSystem.fromObject(object.system, _depth + 1);
                    }
                    if (object.actor != null) {
                        if (!$util.isObject(object.actor))
                            throw $TypeError(".eigr.functions.protocol.InvocationRequest.actor: object expected");
                        message.actor = $root.eigr.functions.protocol.actors.Actor.fromObject(object.actor, _depth + 1);
                    }
                    if (object.actionName != null)
                        if (typeof object.actionName !== "string" || object.actionName.length)
                            message.actionName = $String(object.actionName);
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".eigr.functions.protocol.InvocationRequest.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".eigr.functions.protocol.InvocationRequest.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    if (object.async != null)
                        if (object.async)
                            message.async = $Boolean(object.async);
                    if (object.caller != null) {
                        if (!$util.isObject(object.caller))
                            throw $TypeError(".eigr.functions.protocol.InvocationRequest.caller: object expected");
                        message.caller = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.caller, _depth + 1);
                    }
                    if (object.metadata) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".eigr.functions.protocol.InvocationRequest.metadata: object expected");
                        message.metadata = {};
                        for (var keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.metadata, keys[i]);
                            message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                        }
                    }
                    if (object.scheduledTo != null)
                        if (typeof object.scheduledTo === "object" ? object.scheduledTo.low || object.scheduledTo.high : $Number(object.scheduledTo) !== 0)
                            if ($util.Long)
                                message.scheduledTo = $util.Long.fromValue(object.scheduledTo, false);
                            else if (typeof object.scheduledTo === "string")
                                message.scheduledTo = $parseInt(object.scheduledTo, 10);
                            else if (typeof object.scheduledTo === "number")
                                message.scheduledTo = object.scheduledTo;
                            else if (typeof object.scheduledTo === "object")
                                message.scheduledTo = new $util.LongBits(object.scheduledTo.low >>> 0, object.scheduledTo.high >>> 0).toNumber();
                    if (object.pooled != null)
                        if (object.pooled)
                            message.pooled = $Boolean(object.pooled);
                    if (object.registerRef != null)
                        if (typeof object.registerRef !== "string" || object.registerRef.length)
                            message.registerRef = $String(object.registerRef);
                    return message;
                };

                /**
                 * Creates a plain object from an InvocationRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @static
                 * @param {eigr.functions.protocol.InvocationRequest} message InvocationRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InvocationRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.metadata = {};
                    if (options.defaults) {
                        object.system = null;
                        object.actor = null;
                        object.actionName = "";
                        object.async = false;
                        object.caller = null;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.scheduledTo = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.scheduledTo = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.pooled = false;
                        object.registerRef = "";
                    }
                    if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                        object.system = $root.eigr.functions.protocol.actors.ActorSystem.toObject(message.system, options, _depth + 1);
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        object.actor = $root.eigr.functions.protocol.actors.Actor.toObject(message.actor, options, _depth + 1);
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName"))
                        object.actionName = message.actionName;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.async != null && $Object.hasOwnProperty.call(message, "async"))
                        object.async = message.async;
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        object.caller = $root.eigr.functions.protocol.actors.ActorId.toObject(message.caller, options, _depth + 1);
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    var keys2;
                    if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                        object.metadata = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.metadata, keys2[j]);
                            object.metadata[keys2[j]] = message.metadata[keys2[j]];
                        }
                    }
                    if (message.scheduledTo != null && $Object.hasOwnProperty.call(message, "scheduledTo"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.scheduledTo = typeof message.scheduledTo === "number" ? $BigInt(message.scheduledTo) : $util.Long.fromBits(message.scheduledTo.low >>> 0, message.scheduledTo.high >>> 0, false).toBigInt();
                        else if (typeof message.scheduledTo === "number")
                            object.scheduledTo = options.longs === $String ? $String(message.scheduledTo) : message.scheduledTo;
                        else
                            object.scheduledTo = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledTo) : options.longs === $Number ? new $util.LongBits(message.scheduledTo.low >>> 0, message.scheduledTo.high >>> 0).toNumber() : message.scheduledTo;
                    if (message.pooled != null && $Object.hasOwnProperty.call(message, "pooled"))
                        object.pooled = message.pooled;
                    if (message.registerRef != null && $Object.hasOwnProperty.call(message, "registerRef"))
                        object.registerRef = message.registerRef;
                    return object;
                };

                /**
                 * Converts this InvocationRequest to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InvocationRequest.prototype.toJSON = function() {
                    return InvocationRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InvocationRequest
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.InvocationRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InvocationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.InvocationRequest";
                };

                return InvocationRequest;
            })();

            protocol.ActorInvocation = (function() {

                /**
                 * Properties of an ActorInvocation.
                 * @typedef {Object} eigr.functions.protocol.ActorInvocation.$Properties
                 * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [actor] ActorInvocation actor
                 * @property {string|null} [actionName] ActorInvocation actionName
                 * @property {eigr.functions.protocol.Context.$Properties|null} [currentContext] ActorInvocation currentContext
                 * @property {google.protobuf.Any.$Properties|null} [value] ActorInvocation value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] ActorInvocation noop
                 * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [caller] ActorInvocation caller
                 * @property {"value"|"noop"} [payload] ActorInvocation payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActorInvocation.
                 * @memberof eigr.functions.protocol
                 * @interface IActorInvocation
                 * @augments eigr.functions.protocol.ActorInvocation.$Properties
                 * @deprecated Use eigr.functions.protocol.ActorInvocation.$Properties instead.
                 */

                /**
                 * Narrowed shape of an ActorInvocation.
                 * @typedef {{
                 *   actor?: eigr.functions.protocol.actors.ActorId.$Shape|null;
                 *   actionName?: string|null;
                 *   currentContext?: eigr.functions.protocol.Context.$Shape|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   caller?: eigr.functions.protocol.actors.ActorId.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} eigr.functions.protocol.ActorInvocation.$Shape
                 */

                /**
                 * Constructs a new ActorInvocation.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents an ActorInvocation.
                 * @constructor
                 * @param {eigr.functions.protocol.ActorInvocation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActorInvocation = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActorInvocation actor.
                 * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} actor
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 */
                ActorInvocation.prototype.actor = null;

                /**
                 * ActorInvocation actionName.
                 * @member {string} actionName
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 */
                ActorInvocation.prototype.actionName = "";

                /**
                 * ActorInvocation currentContext.
                 * @member {eigr.functions.protocol.Context.$Properties|null|undefined} currentContext
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 */
                ActorInvocation.prototype.currentContext = null;

                /**
                 * ActorInvocation value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 */
                ActorInvocation.prototype.value = null;

                /**
                 * ActorInvocation noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 */
                ActorInvocation.prototype.noop = null;

                /**
                 * ActorInvocation caller.
                 * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} caller
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 */
                ActorInvocation.prototype.caller = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * ActorInvocation payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 */
                $Object.defineProperty(ActorInvocation.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ActorInvocation instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @static
                 * @param {eigr.functions.protocol.ActorInvocation.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.ActorInvocation} ActorInvocation instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.ActorInvocation.$Shape): eigr.functions.protocol.ActorInvocation & eigr.functions.protocol.ActorInvocation.$Shape;
                 *   (properties?: eigr.functions.protocol.ActorInvocation.$Properties): eigr.functions.protocol.ActorInvocation;
                 * }}
                 */
                ActorInvocation.create = function(properties) {
                    return new ActorInvocation(properties);
                };

                /**
                 * Encodes the specified ActorInvocation message. Does not implicitly {@link eigr.functions.protocol.ActorInvocation.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @static
                 * @param {eigr.functions.protocol.ActorInvocation.$Properties} message ActorInvocation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActorInvocation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        $root.eigr.functions.protocol.actors.ActorId.encode(message.actor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName") && message.actionName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actionName);
                    if (message.currentContext != null && $Object.hasOwnProperty.call(message, "currentContext"))
                        $root.eigr.functions.protocol.Context.encode(message.currentContext, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        $root.eigr.functions.protocol.actors.ActorId.encode(message.caller, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActorInvocation message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.ActorInvocation & eigr.functions.protocol.ActorInvocation.$Shape} ActorInvocation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActorInvocation.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.ActorInvocation();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.actor = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.actor);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actionName = value;
                                else
                                    delete message.actionName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.currentContext = $root.eigr.functions.protocol.Context.decode(reader, reader.size(), $undefined, _depth + 1, message.currentContext);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.caller = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.caller);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an ActorInvocation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.ActorInvocation} ActorInvocation
                 */
                ActorInvocation.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.ActorInvocation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.ActorInvocation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.ActorInvocation();
                    if (object.actor != null) {
                        if (!$util.isObject(object.actor))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocation.actor: object expected");
                        message.actor = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.actor, _depth + 1);
                    }
                    if (object.actionName != null)
                        if (typeof object.actionName !== "string" || object.actionName.length)
                            message.actionName = $String(object.actionName);
                    if (object.currentContext != null) {
                        if (!$util.isObject(object.currentContext))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocation.currentContext: object expected");
                        message.currentContext = $root.eigr.functions.protocol.Context.fromObject(object.currentContext, _depth + 1);
                    }
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocation.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocation.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    if (object.caller != null) {
                        if (!$util.isObject(object.caller))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocation.caller: object expected");
                        message.caller = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.caller, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ActorInvocation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @static
                 * @param {eigr.functions.protocol.ActorInvocation} message ActorInvocation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActorInvocation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.actor = null;
                        object.actionName = "";
                        object.currentContext = null;
                        object.caller = null;
                    }
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        object.actor = $root.eigr.functions.protocol.actors.ActorId.toObject(message.actor, options, _depth + 1);
                    if (message.actionName != null && $Object.hasOwnProperty.call(message, "actionName"))
                        object.actionName = message.actionName;
                    if (message.currentContext != null && $Object.hasOwnProperty.call(message, "currentContext"))
                        object.currentContext = $root.eigr.functions.protocol.Context.toObject(message.currentContext, options, _depth + 1);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        object.caller = $root.eigr.functions.protocol.actors.ActorId.toObject(message.caller, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ActorInvocation to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActorInvocation.prototype.toJSON = function() {
                    return ActorInvocation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActorInvocation
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.ActorInvocation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActorInvocation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.ActorInvocation";
                };

                return ActorInvocation;
            })();

            protocol.ActorInvocationResponse = (function() {

                /**
                 * Properties of an ActorInvocationResponse.
                 * @typedef {Object} eigr.functions.protocol.ActorInvocationResponse.$Properties
                 * @property {string|null} [actorName] ActorInvocationResponse actorName
                 * @property {string|null} [actorSystem] ActorInvocationResponse actorSystem
                 * @property {eigr.functions.protocol.Context.$Properties|null} [updatedContext] ActorInvocationResponse updatedContext
                 * @property {google.protobuf.Any.$Properties|null} [value] ActorInvocationResponse value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] ActorInvocationResponse noop
                 * @property {eigr.functions.protocol.Workflow.$Properties|null} [workflow] ActorInvocationResponse workflow
                 * @property {boolean|null} [checkpoint] ActorInvocationResponse checkpoint
                 * @property {"value"|"noop"} [payload] ActorInvocationResponse payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActorInvocationResponse.
                 * @memberof eigr.functions.protocol
                 * @interface IActorInvocationResponse
                 * @augments eigr.functions.protocol.ActorInvocationResponse.$Properties
                 * @deprecated Use eigr.functions.protocol.ActorInvocationResponse.$Properties instead.
                 */

                /**
                 * Narrowed shape of an ActorInvocationResponse.
                 * @typedef {{
                 *   actorName?: string|null;
                 *   actorSystem?: string|null;
                 *   updatedContext?: eigr.functions.protocol.Context.$Shape|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   workflow?: eigr.functions.protocol.Workflow.$Shape|null;
                 *   checkpoint?: boolean|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} eigr.functions.protocol.ActorInvocationResponse.$Shape
                 */

                /**
                 * Constructs a new ActorInvocationResponse.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents an ActorInvocationResponse.
                 * @constructor
                 * @param {eigr.functions.protocol.ActorInvocationResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActorInvocationResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActorInvocationResponse actorName.
                 * @member {string} actorName
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.actorName = "";

                /**
                 * ActorInvocationResponse actorSystem.
                 * @member {string} actorSystem
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.actorSystem = "";

                /**
                 * ActorInvocationResponse updatedContext.
                 * @member {eigr.functions.protocol.Context.$Properties|null|undefined} updatedContext
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.updatedContext = null;

                /**
                 * ActorInvocationResponse value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.value = null;

                /**
                 * ActorInvocationResponse noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.noop = null;

                /**
                 * ActorInvocationResponse workflow.
                 * @member {eigr.functions.protocol.Workflow.$Properties|null|undefined} workflow
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.workflow = null;

                /**
                 * ActorInvocationResponse checkpoint.
                 * @member {boolean} checkpoint
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.checkpoint = false;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * ActorInvocationResponse payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 */
                $Object.defineProperty(ActorInvocationResponse.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ActorInvocationResponse instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @static
                 * @param {eigr.functions.protocol.ActorInvocationResponse.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.ActorInvocationResponse} ActorInvocationResponse instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.ActorInvocationResponse.$Shape): eigr.functions.protocol.ActorInvocationResponse & eigr.functions.protocol.ActorInvocationResponse.$Shape;
                 *   (properties?: eigr.functions.protocol.ActorInvocationResponse.$Properties): eigr.functions.protocol.ActorInvocationResponse;
                 * }}
                 */
                ActorInvocationResponse.create = function(properties) {
                    return new ActorInvocationResponse(properties);
                };

                /**
                 * Encodes the specified ActorInvocationResponse message. Does not implicitly {@link eigr.functions.protocol.ActorInvocationResponse.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @static
                 * @param {eigr.functions.protocol.ActorInvocationResponse.$Properties} message ActorInvocationResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActorInvocationResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actorName != null && $Object.hasOwnProperty.call(message, "actorName") && message.actorName !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.actorName);
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem") && message.actorSystem !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actorSystem);
                    if (message.updatedContext != null && $Object.hasOwnProperty.call(message, "updatedContext"))
                        $root.eigr.functions.protocol.Context.encode(message.updatedContext, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow"))
                        $root.eigr.functions.protocol.Workflow.encode(message.workflow, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.checkpoint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActorInvocationResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.ActorInvocationResponse & eigr.functions.protocol.ActorInvocationResponse.$Shape} ActorInvocationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActorInvocationResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.ActorInvocationResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorName = value;
                                else
                                    delete message.actorName;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorSystem = value;
                                else
                                    delete message.actorSystem;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.updatedContext = $root.eigr.functions.protocol.Context.decode(reader, reader.size(), $undefined, _depth + 1, message.updatedContext);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.workflow = $root.eigr.functions.protocol.Workflow.decode(reader, reader.size(), $undefined, _depth + 1, message.workflow);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.checkpoint = value;
                                else
                                    delete message.checkpoint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an ActorInvocationResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.ActorInvocationResponse} ActorInvocationResponse
                 */
                ActorInvocationResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.ActorInvocationResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.ActorInvocationResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.ActorInvocationResponse();
                    if (object.actorName != null)
                        if (typeof object.actorName !== "string" || object.actorName.length)
                            message.actorName = $String(object.actorName);
                    if (object.actorSystem != null)
                        if (typeof object.actorSystem !== "string" || object.actorSystem.length)
                            message.actorSystem = $String(object.actorSystem);
                    if (object.updatedContext != null) {
                        if (!$util.isObject(object.updatedContext))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocationResponse.updatedContext: object expected");
                        message.updatedContext = $root.eigr.functions.protocol.Context.fromObject(object.updatedContext, _depth + 1);
                    }
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocationResponse.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocationResponse.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    if (object.workflow != null) {
                        if (!$util.isObject(object.workflow))
                            throw $TypeError(".eigr.functions.protocol.ActorInvocationResponse.workflow: object expected");
                        message.workflow = $root.eigr.functions.protocol.Workflow.fromObject(object.workflow, _depth + 1);
                    }
                    if (object.checkpoint != null)
                        if (object.checkpoint)
                            message.checkpoint = $Boolean(object.checkpoint);
                    return message;
                };

                /**
                 * Creates a plain object from an ActorInvocationResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @static
                 * @param {eigr.functions.protocol.ActorInvocationResponse} message ActorInvocationResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActorInvocationResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.actorName = "";
                        object.actorSystem = "";
                        object.updatedContext = null;
                        object.workflow = null;
                        object.checkpoint = false;
                    }
                    if (message.actorName != null && $Object.hasOwnProperty.call(message, "actorName"))
                        object.actorName = message.actorName;
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem"))
                        object.actorSystem = message.actorSystem;
                    if (message.updatedContext != null && $Object.hasOwnProperty.call(message, "updatedContext"))
                        object.updatedContext = $root.eigr.functions.protocol.Context.toObject(message.updatedContext, options, _depth + 1);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow"))
                        object.workflow = $root.eigr.functions.protocol.Workflow.toObject(message.workflow, options, _depth + 1);
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint"))
                        object.checkpoint = message.checkpoint;
                    return object;
                };

                /**
                 * Converts this ActorInvocationResponse to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActorInvocationResponse.prototype.toJSON = function() {
                    return ActorInvocationResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActorInvocationResponse
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.ActorInvocationResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActorInvocationResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.ActorInvocationResponse";
                };

                return ActorInvocationResponse;
            })();

            protocol.InvocationResponse = (function() {

                /**
                 * Properties of an InvocationResponse.
                 * @typedef {Object} eigr.functions.protocol.InvocationResponse.$Properties
                 * @property {eigr.functions.protocol.RequestStatus.$Properties|null} [status] InvocationResponse status
                 * @property {eigr.functions.protocol.actors.ActorSystem.$Properties|null} [system] InvocationResponse system
                 * @property {eigr.functions.protocol.actors.Actor.$Properties|null} [actor] InvocationResponse actor
                 * @property {google.protobuf.Any.$Properties|null} [value] InvocationResponse value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] InvocationResponse noop
                 * @property {"value"|"noop"} [payload] InvocationResponse payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InvocationResponse.
                 * @memberof eigr.functions.protocol
                 * @interface IInvocationResponse
                 * @augments eigr.functions.protocol.InvocationResponse.$Properties
                 * @deprecated Use eigr.functions.protocol.InvocationResponse.$Properties instead.
                 */

                /**
                 * Narrowed shape of an InvocationResponse.
                 * @typedef {{
                 *   status?: eigr.functions.protocol.RequestStatus.$Shape|null;
                 *   system?: eigr.functions.protocol.actors.ActorSystem.$Shape|null;
                 *   actor?: eigr.functions.protocol.actors.Actor.$Shape|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} eigr.functions.protocol.InvocationResponse.$Shape
                 */

                /**
                 * Constructs a new InvocationResponse.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents an InvocationResponse.
                 * @constructor
                 * @param {eigr.functions.protocol.InvocationResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var InvocationResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InvocationResponse status.
                 * @member {eigr.functions.protocol.RequestStatus.$Properties|null|undefined} status
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @instance
                 */
                InvocationResponse.prototype.status = null;

                /**
                 * InvocationResponse system.
                 * @member {eigr.functions.protocol.actors.ActorSystem.$Properties|null|undefined} system
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @instance
                 */
                InvocationResponse.prototype.system = null;

                /**
                 * InvocationResponse actor.
                 * @member {eigr.functions.protocol.actors.Actor.$Properties|null|undefined} actor
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @instance
                 */
                InvocationResponse.prototype.actor = null;

                /**
                 * InvocationResponse value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @instance
                 */
                InvocationResponse.prototype.value = null;

                /**
                 * InvocationResponse noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @instance
                 */
                InvocationResponse.prototype.noop = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * InvocationResponse payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @instance
                 */
                $Object.defineProperty(InvocationResponse.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new InvocationResponse instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @static
                 * @param {eigr.functions.protocol.InvocationResponse.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.InvocationResponse} InvocationResponse instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.InvocationResponse.$Shape): eigr.functions.protocol.InvocationResponse & eigr.functions.protocol.InvocationResponse.$Shape;
                 *   (properties?: eigr.functions.protocol.InvocationResponse.$Properties): eigr.functions.protocol.InvocationResponse;
                 * }}
                 */
                InvocationResponse.create = function(properties) {
                    return new InvocationResponse(properties);
                };

                /**
                 * Encodes the specified InvocationResponse message. Does not implicitly {@link eigr.functions.protocol.InvocationResponse.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @static
                 * @param {eigr.functions.protocol.InvocationResponse.$Properties} message InvocationResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InvocationResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        $root.eigr.functions.protocol.RequestStatus.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                        $root.eigr.functions.protocol.actors.ActorSystem.encode(message.system, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        $root.eigr.functions.protocol.actors.Actor.encode(message.actor, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InvocationResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.InvocationResponse & eigr.functions.protocol.InvocationResponse.$Shape} InvocationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InvocationResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.InvocationResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.status = $root.eigr.functions.protocol.RequestStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.system = $root.eigr.functions.protocol.actors.ActorSystem.decode(reader, reader.size(), $undefined, _depth + 1, message.system);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.actor = $root.eigr.functions.protocol.actors.Actor.decode(reader, reader.size(), $undefined, _depth + 1, message.actor);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an InvocationResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.InvocationResponse} InvocationResponse
                 */
                InvocationResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.InvocationResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.InvocationResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.InvocationResponse();
                    if (object.status != null) {
                        if (!$util.isObject(object.status))
                            throw $TypeError(".eigr.functions.protocol.InvocationResponse.status: object expected");
                        message.status = $root.eigr.functions.protocol.RequestStatus.fromObject(object.status, _depth + 1);
                    }
                    if (object.system != null) {
                        if (!$util.isObject(object.system))
                            throw $TypeError(".eigr.functions.protocol.InvocationResponse.system: object expected");
                        message.system = $root.eigr.functions.protocol.actors.ActorSystem.fromObject(object.system, _depth + 1);
                    }
                    if (object.actor != null) {
                        if (!$util.isObject(object.actor))
                            throw $TypeError(".eigr.functions.protocol.InvocationResponse.actor: object expected");
                        message.actor = $root.eigr.functions.protocol.actors.Actor.fromObject(object.actor, _depth + 1);
                    }
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".eigr.functions.protocol.InvocationResponse.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".eigr.functions.protocol.InvocationResponse.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an InvocationResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @static
                 * @param {eigr.functions.protocol.InvocationResponse} message InvocationResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InvocationResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.status = null;
                        object.system = null;
                        object.actor = null;
                    }
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = $root.eigr.functions.protocol.RequestStatus.toObject(message.status, options, _depth + 1);
                    if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                        object.system = $root.eigr.functions.protocol.actors.ActorSystem.toObject(message.system, options, _depth + 1);
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        object.actor = $root.eigr.functions.protocol.actors.Actor.toObject(message.actor, options, _depth + 1);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    return object;
                };

                /**
                 * Converts this InvocationResponse to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InvocationResponse.prototype.toJSON = function() {
                    return InvocationResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InvocationResponse
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.InvocationResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InvocationResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.InvocationResponse";
                };

                return InvocationResponse;
            })();

            /**
             * Status enum.
             * @name eigr.functions.protocol.Status
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} OK=1 OK value
             * @property {number} ACTOR_NOT_FOUND=2 ACTOR_NOT_FOUND value
             * @property {number} ERROR=3 ERROR value
             */
            protocol.Status = (function() {
                var valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "OK"] = 1;
                values[valuesById[2] = "ACTOR_NOT_FOUND"] = 2;
                values[valuesById[3] = "ERROR"] = 3;
                return values;
            })();

            protocol.RequestStatus = (function() {

                /**
                 * Properties of a RequestStatus.
                 * @typedef {Object} eigr.functions.protocol.RequestStatus.$Properties
                 * @property {eigr.functions.protocol.Status|null} [status] RequestStatus status
                 * @property {string|null} [message] RequestStatus message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RequestStatus.
                 * @memberof eigr.functions.protocol
                 * @interface IRequestStatus
                 * @augments eigr.functions.protocol.RequestStatus.$Properties
                 * @deprecated Use eigr.functions.protocol.RequestStatus.$Properties instead.
                 */

                /**
                 * Shape of a RequestStatus.
                 * @typedef {eigr.functions.protocol.RequestStatus.$Properties} eigr.functions.protocol.RequestStatus.$Shape
                 */

                /**
                 * Constructs a new RequestStatus.
                 * @memberof eigr.functions.protocol
                 * @classdesc Represents a RequestStatus.
                 * @constructor
                 * @param {eigr.functions.protocol.RequestStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RequestStatus = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RequestStatus status.
                 * @member {eigr.functions.protocol.Status} status
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @instance
                 */
                RequestStatus.prototype.status = 0;

                /**
                 * RequestStatus message.
                 * @member {string} message
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @instance
                 */
                RequestStatus.prototype.message = "";

                /**
                 * Creates a new RequestStatus instance using the specified properties.
                 * @function create
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @static
                 * @param {eigr.functions.protocol.RequestStatus.$Properties=} [properties] Properties to set
                 * @returns {eigr.functions.protocol.RequestStatus} RequestStatus instance
                 * @type {{
                 *   (properties: eigr.functions.protocol.RequestStatus.$Shape): eigr.functions.protocol.RequestStatus & eigr.functions.protocol.RequestStatus.$Shape;
                 *   (properties?: eigr.functions.protocol.RequestStatus.$Properties): eigr.functions.protocol.RequestStatus;
                 * }}
                 */
                RequestStatus.create = function(properties) {
                    return new RequestStatus(properties);
                };

                /**
                 * Encodes the specified RequestStatus message. Does not implicitly {@link eigr.functions.protocol.RequestStatus.verify|verify} messages.
                 * @function encode
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @static
                 * @param {eigr.functions.protocol.RequestStatus.$Properties} message RequestStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RequestStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RequestStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {eigr.functions.protocol.RequestStatus & eigr.functions.protocol.RequestStatus.$Shape} RequestStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RequestStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.eigr.functions.protocol.RequestStatus();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RequestStatus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {eigr.functions.protocol.RequestStatus} RequestStatus
                 */
                RequestStatus.fromObject = function (object, _depth) {
                    if (object instanceof $root.eigr.functions.protocol.RequestStatus)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".eigr.functions.protocol.RequestStatus: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.eigr.functions.protocol.RequestStatus();
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.eigr.functions.protocol.Status[object.status] !== 0))
                        switch (object.status) {
                        case "UNKNOWN":
                        case 0:
                            message.status = 0;
                            break;
                        case "OK":
                        case 1:
                            message.status = 1;
                            break;
                        case "ACTOR_NOT_FOUND":
                        case 2:
                            message.status = 2;
                            break;
                        case "ERROR":
                        case 3:
                            message.status = 3;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from a RequestStatus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @static
                 * @param {eigr.functions.protocol.RequestStatus} message RequestStatus
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RequestStatus.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.status = options.enums === $String ? "UNKNOWN" : 0;
                        object.message = "";
                    }
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.eigr.functions.protocol.Status[message.status] === $undefined ? message.status : $root.eigr.functions.protocol.Status[message.status] : message.status;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this RequestStatus to JSON.
                 * @function toJSON
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RequestStatus.prototype.toJSON = function() {
                    return RequestStatus.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RequestStatus
                 * @function getTypeUrl
                 * @memberof eigr.functions.protocol.RequestStatus
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RequestStatus.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/eigr.functions.protocol.RequestStatus";
                };

                return RequestStatus;
            })();

            protocol.state = (function() {

                /**
                 * Namespace state.
                 * @memberof eigr.functions.protocol
                 * @namespace
                 */
                var state = {};

                state.Revision = (function() {

                    /**
                     * Properties of a Revision.
                     * @typedef {Object} eigr.functions.protocol.state.Revision.$Properties
                     * @property {number|null} [value] Revision value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Revision.
                     * @memberof eigr.functions.protocol.state
                     * @interface IRevision
                     * @augments eigr.functions.protocol.state.Revision.$Properties
                     * @deprecated Use eigr.functions.protocol.state.Revision.$Properties instead.
                     */

                    /**
                     * Shape of a Revision.
                     * @typedef {eigr.functions.protocol.state.Revision.$Properties} eigr.functions.protocol.state.Revision.$Shape
                     */

                    /**
                     * Constructs a new Revision.
                     * @memberof eigr.functions.protocol.state
                     * @classdesc Represents a Revision.
                     * @constructor
                     * @param {eigr.functions.protocol.state.Revision.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Revision = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Revision value.
                     * @member {number} value
                     * @memberof eigr.functions.protocol.state.Revision
                     * @instance
                     */
                    Revision.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new Revision instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.state.Revision
                     * @static
                     * @param {eigr.functions.protocol.state.Revision.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.state.Revision} Revision instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.state.Revision.$Shape): eigr.functions.protocol.state.Revision & eigr.functions.protocol.state.Revision.$Shape;
                     *   (properties?: eigr.functions.protocol.state.Revision.$Properties): eigr.functions.protocol.state.Revision;
                     * }}
                     */
                    Revision.create = function(properties) {
                        return new Revision(properties);
                    };

                    /**
                     * Encodes the specified Revision message. Does not implicitly {@link eigr.functions.protocol.state.Revision.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.state.Revision
                     * @static
                     * @param {eigr.functions.protocol.state.Revision.$Properties} message Revision message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Revision.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Revision message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.state.Revision
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.state.Revision & eigr.functions.protocol.state.Revision.$Shape} Revision
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Revision.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.state.Revision();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates a Revision message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.state.Revision
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.state.Revision} Revision
                     */
                    Revision.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.state.Revision)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.state.Revision: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.state.Revision();
                        if (object.value != null)
                            if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                                if ($util.Long)
                                    message.value = $util.Long.fromValue(object.value, false);
                                else if (typeof object.value === "string")
                                    message.value = $parseInt(object.value, 10);
                                else if (typeof object.value === "number")
                                    message.value = object.value;
                                else if (typeof object.value === "object")
                                    message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
                        return message;
                    };

                    /**
                     * Creates a plain object from a Revision message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.state.Revision
                     * @static
                     * @param {eigr.functions.protocol.state.Revision} message Revision
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Revision.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults)
                            if ($util.Long) {
                                var long = new $util.Long(0, 0, false);
                                object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                            else if (typeof message.value === "number")
                                object.value = options.longs === $String ? $String(message.value) : message.value;
                            else
                                object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
                        return object;
                    };

                    /**
                     * Converts this Revision to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.state.Revision
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Revision.prototype.toJSON = function() {
                        return Revision.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Revision
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.state.Revision
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Revision.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.state.Revision";
                    };

                    return Revision;
                })();

                state.Checkpoint = (function() {

                    /**
                     * Properties of a Checkpoint.
                     * @typedef {Object} eigr.functions.protocol.state.Checkpoint.$Properties
                     * @property {eigr.functions.protocol.state.Revision.$Properties|null} [revision] Checkpoint revision
                     * @property {eigr.functions.protocol.actors.ActorState.$Properties|null} [state] Checkpoint state
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Checkpoint.
                     * @memberof eigr.functions.protocol.state
                     * @interface ICheckpoint
                     * @augments eigr.functions.protocol.state.Checkpoint.$Properties
                     * @deprecated Use eigr.functions.protocol.state.Checkpoint.$Properties instead.
                     */

                    /**
                     * Shape of a Checkpoint.
                     * @typedef {eigr.functions.protocol.state.Checkpoint.$Properties} eigr.functions.protocol.state.Checkpoint.$Shape
                     */

                    /**
                     * Constructs a new Checkpoint.
                     * @memberof eigr.functions.protocol.state
                     * @classdesc Represents a Checkpoint.
                     * @constructor
                     * @param {eigr.functions.protocol.state.Checkpoint.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    var Checkpoint = function (properties) {
                        if (properties)
                            for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Checkpoint revision.
                     * @member {eigr.functions.protocol.state.Revision.$Properties|null|undefined} revision
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @instance
                     */
                    Checkpoint.prototype.revision = null;

                    /**
                     * Checkpoint state.
                     * @member {eigr.functions.protocol.actors.ActorState.$Properties|null|undefined} state
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @instance
                     */
                    Checkpoint.prototype.state = null;

                    /**
                     * Creates a new Checkpoint instance using the specified properties.
                     * @function create
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @static
                     * @param {eigr.functions.protocol.state.Checkpoint.$Properties=} [properties] Properties to set
                     * @returns {eigr.functions.protocol.state.Checkpoint} Checkpoint instance
                     * @type {{
                     *   (properties: eigr.functions.protocol.state.Checkpoint.$Shape): eigr.functions.protocol.state.Checkpoint & eigr.functions.protocol.state.Checkpoint.$Shape;
                     *   (properties?: eigr.functions.protocol.state.Checkpoint.$Properties): eigr.functions.protocol.state.Checkpoint;
                     * }}
                     */
                    Checkpoint.create = function(properties) {
                        return new Checkpoint(properties);
                    };

                    /**
                     * Encodes the specified Checkpoint message. Does not implicitly {@link eigr.functions.protocol.state.Checkpoint.verify|verify} messages.
                     * @function encode
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @static
                     * @param {eigr.functions.protocol.state.Checkpoint.$Properties} message Checkpoint message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Checkpoint.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                            $root.eigr.functions.protocol.state.Revision.encode(message.revision, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            $root.eigr.functions.protocol.actors.ActorState.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (var i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Checkpoint message from the specified reader or buffer.
                     * @function decode
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {eigr.functions.protocol.state.Checkpoint & eigr.functions.protocol.state.Checkpoint.$Shape} Checkpoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Checkpoint.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.eigr.functions.protocol.state.Checkpoint();
                        while (reader.pos < end) {
                            var start = reader.pos;
                            var tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            var wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.revision = $root.eigr.functions.protocol.state.Revision.decode(reader, reader.size(), $undefined, _depth + 1, message.revision);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.state = $root.eigr.functions.protocol.actors.ActorState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {eigr.functions.protocol.state.Checkpoint} Checkpoint
                     */
                    Checkpoint.fromObject = function (object, _depth) {
                        if (object instanceof $root.eigr.functions.protocol.state.Checkpoint)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".eigr.functions.protocol.state.Checkpoint: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var message = new $root.eigr.functions.protocol.state.Checkpoint();
                        if (object.revision != null) {
                            if (!$util.isObject(object.revision))
                                throw $TypeError(".eigr.functions.protocol.state.Checkpoint.revision: object expected");
                            message.revision = $root.eigr.functions.protocol.state.Revision.fromObject(object.revision, _depth + 1);
                        }
                        if (object.state != null) {
                            if (!$util.isObject(object.state))
                                throw $TypeError(".eigr.functions.protocol.state.Checkpoint.state: object expected");
                            message.state = $root.eigr.functions.protocol.actors.ActorState.fromObject(object.state, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @static
                     * @param {eigr.functions.protocol.state.Checkpoint} message Checkpoint
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Checkpoint.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var object = {};
                        if (options.defaults) {
                            object.revision = null;
                            object.state = null;
                        }
                        if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                            object.revision = $root.eigr.functions.protocol.state.Revision.toObject(message.revision, options, _depth + 1);
                        if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                            object.state = $root.eigr.functions.protocol.actors.ActorState.toObject(message.state, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this Checkpoint to JSON.
                     * @function toJSON
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Checkpoint.prototype.toJSON = function() {
                        return Checkpoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Checkpoint
                     * @function getTypeUrl
                     * @memberof eigr.functions.protocol.state.Checkpoint
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Checkpoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/eigr.functions.protocol.state.Checkpoint";
                    };

                    return Checkpoint;
                })();

                return state;
            })();

            return protocol;
        })();

        return functions;
    })();

    return eigr;
})();

$root.google = (function() {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    var google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        var protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Any = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Any} Any
             */
            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    if (typeof object.type_url !== "string" || object.type_url.length)
                        message.type_url = $String(object.type_url);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any} message Any
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this Any to JSON.
             * @function toJSON
             * @memberof google.protobuf.Any
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        return protobuf;
    })();

    return google;
})();

$root.spawn_proxy = (function() {

    /**
     * Namespace spawn_proxy.
     * @exports spawn_proxy
     * @namespace
     */
    var spawn_proxy = {};

    spawn_proxy.compat = (function() {

        /**
         * Namespace compat.
         * @memberof spawn_proxy
         * @namespace
         */
        var compat = {};

        compat.v0_5 = (function() {

            /**
             * Namespace v0_5.
             * @memberof spawn_proxy.compat
             * @namespace
             */
            var v0_5 = {};

            v0_5.Metadata = (function() {

                /**
                 * Properties of a Metadata.
                 * @typedef {Object} spawn_proxy.compat.v0_5.Metadata.$Properties
                 * @property {string|null} [channelGroup] Metadata channelGroup
                 * @property {Object.<string,string>|null} [tags] Metadata tags
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Metadata.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IMetadata
                 * @augments spawn_proxy.compat.v0_5.Metadata.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.Metadata.$Properties instead.
                 */

                /**
                 * Shape of a Metadata.
                 * @typedef {spawn_proxy.compat.v0_5.Metadata.$Properties} spawn_proxy.compat.v0_5.Metadata.$Shape
                 */

                /**
                 * Constructs a new Metadata.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents a Metadata.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.Metadata.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Metadata = function (properties) {
                    this.tags = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Metadata channelGroup.
                 * @member {string} channelGroup
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @instance
                 */
                Metadata.prototype.channelGroup = "";

                /**
                 * Metadata tags.
                 * @member {Object.<string,string>} tags
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @instance
                 */
                Metadata.prototype.tags = $util.emptyObject;

                /**
                 * Creates a new Metadata instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Metadata.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.Metadata} Metadata instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.Metadata.$Shape): spawn_proxy.compat.v0_5.Metadata & spawn_proxy.compat.v0_5.Metadata.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.Metadata.$Properties): spawn_proxy.compat.v0_5.Metadata;
                 * }}
                 */
                Metadata.create = function(properties) {
                    return new Metadata(properties);
                };

                /**
                 * Encodes the specified Metadata message. Does not implicitly {@link spawn_proxy.compat.v0_5.Metadata.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Metadata.$Properties} message Metadata message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Metadata.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.channelGroup != null && $Object.hasOwnProperty.call(message, "channelGroup") && message.channelGroup !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelGroup);
                    if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                        for (var keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Metadata message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.Metadata & spawn_proxy.compat.v0_5.Metadata.$Shape} Metadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Metadata.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.Metadata();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.channelGroup = value;
                                else
                                    delete message.channelGroup;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (message.tags === $util.emptyObject)
                                    message.tags = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.tags, key);
                                message.tags[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Metadata message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.Metadata} Metadata
                 */
                Metadata.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.Metadata)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.Metadata: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.Metadata();
                    if (object.channelGroup != null)
                        if (typeof object.channelGroup !== "string" || object.channelGroup.length)
                            message.channelGroup = $String(object.channelGroup);
                    if (object.tags) {
                        if (!$util.isObject(object.tags))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Metadata.tags: object expected");
                        message.tags = {};
                        for (var keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.tags, keys[i]);
                            message.tags[keys[i]] = $String(object.tags[keys[i]]);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Metadata message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Metadata} message Metadata
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Metadata.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.tags = {};
                    if (options.defaults)
                        object.channelGroup = "";
                    if (message.channelGroup != null && $Object.hasOwnProperty.call(message, "channelGroup"))
                        object.channelGroup = message.channelGroup;
                    var keys2;
                    if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                        object.tags = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.tags, keys2[j]);
                            object.tags[keys2[j]] = message.tags[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this Metadata to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Metadata.prototype.toJSON = function() {
                    return Metadata.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Metadata
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.Metadata
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Metadata.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.Metadata";
                };

                return Metadata;
            })();

            v0_5.Actor = (function() {

                /**
                 * Properties of an Actor.
                 * @typedef {Object} spawn_proxy.compat.v0_5.Actor.$Properties
                 * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [id] Actor id
                 * @property {eigr.functions.protocol.actors.ActorState.$Properties|null} [state] Actor state
                 * @property {eigr.functions.protocol.actors.ActorSettings.$Properties|null} [settings] Actor settings
                 * @property {Array.<eigr.functions.protocol.actors.Action.$Properties>|null} [commands] Actor commands
                 * @property {Array.<eigr.functions.protocol.actors.FixedTimerAction.$Properties>|null} [timerCommands] Actor timerCommands
                 * @property {spawn_proxy.compat.v0_5.Metadata.$Properties|null} [metadata] Actor metadata
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Actor.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IActor
                 * @augments spawn_proxy.compat.v0_5.Actor.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.Actor.$Properties instead.
                 */

                /**
                 * Shape of an Actor.
                 * @typedef {{
                 *   id?: eigr.functions.protocol.actors.ActorId.$Shape|null;
                 *   state?: eigr.functions.protocol.actors.ActorState.$Shape|null;
                 *   settings?: eigr.functions.protocol.actors.ActorSettings.$Shape|null;
                 *   commands?: Array.<eigr.functions.protocol.actors.Action.$Shape>|null;
                 *   timerCommands?: Array.<eigr.functions.protocol.actors.FixedTimerAction.$Shape>|null;
                 *   metadata?: spawn_proxy.compat.v0_5.Metadata.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} spawn_proxy.compat.v0_5.Actor.$Shape
                 */

                /**
                 * Constructs a new Actor.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents an Actor.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.Actor.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Actor = function (properties) {
                    this.commands = [];
                    this.timerCommands = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Actor id.
                 * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} id
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @instance
                 */
                Actor.prototype.id = null;

                /**
                 * Actor state.
                 * @member {eigr.functions.protocol.actors.ActorState.$Properties|null|undefined} state
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @instance
                 */
                Actor.prototype.state = null;

                /**
                 * Actor settings.
                 * @member {eigr.functions.protocol.actors.ActorSettings.$Properties|null|undefined} settings
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @instance
                 */
                Actor.prototype.settings = null;

                /**
                 * Actor commands.
                 * @member {Array.<eigr.functions.protocol.actors.Action.$Properties>} commands
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @instance
                 */
                Actor.prototype.commands = $util.emptyArray;

                /**
                 * Actor timerCommands.
                 * @member {Array.<eigr.functions.protocol.actors.FixedTimerAction.$Properties>} timerCommands
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @instance
                 */
                Actor.prototype.timerCommands = $util.emptyArray;

                /**
                 * Actor metadata.
                 * @member {spawn_proxy.compat.v0_5.Metadata.$Properties|null|undefined} metadata
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @instance
                 */
                Actor.prototype.metadata = null;

                /**
                 * Creates a new Actor instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Actor.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.Actor} Actor instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.Actor.$Shape): spawn_proxy.compat.v0_5.Actor & spawn_proxy.compat.v0_5.Actor.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.Actor.$Properties): spawn_proxy.compat.v0_5.Actor;
                 * }}
                 */
                Actor.create = function(properties) {
                    return new Actor(properties);
                };

                /**
                 * Encodes the specified Actor message. Does not implicitly {@link spawn_proxy.compat.v0_5.Actor.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Actor.$Properties} message Actor message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Actor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        $root.eigr.functions.protocol.actors.ActorId.encode(message.id, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        $root.eigr.functions.protocol.actors.ActorState.encode(message.state, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                        $root.eigr.functions.protocol.actors.ActorSettings.encode(message.settings, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.commands != null && message.commands.length)
                        for (var i = 0; i < message.commands.length; ++i)
                            $root.eigr.functions.protocol.actors.Action.encode(message.commands[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.timerCommands != null && message.timerCommands.length)
                        for (var i = 0; i < message.timerCommands.length; ++i)
                            $root.eigr.functions.protocol.actors.FixedTimerAction.encode(message.timerCommands[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        $root.spawn_proxy.compat.v0_5.Metadata.encode(message.metadata, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Actor message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.Actor & spawn_proxy.compat.v0_5.Actor.$Shape} Actor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Actor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.Actor();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.id = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.id);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.state = $root.eigr.functions.protocol.actors.ActorState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.settings = $root.eigr.functions.protocol.actors.ActorSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.commands && message.commands.length))
                                    message.commands = [];
                                message.commands.push($root.eigr.functions.protocol.actors.Action.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.timerCommands && message.timerCommands.length))
                                    message.timerCommands = [];
                                message.timerCommands.push($root.eigr.functions.protocol.actors.FixedTimerAction.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.metadata = $root.spawn_proxy.compat.v0_5.Metadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an Actor message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.Actor} Actor
                 */
                Actor.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.Actor)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.Actor: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.Actor();
                    if (object.id != null) {
                        if (!$util.isObject(object.id))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Actor.id: object expected");
                        message.id = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.id, _depth + 1);
                    }
                    if (object.state != null) {
                        if (!$util.isObject(object.state))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Actor.state: object expected");
                        message.state = $root.eigr.functions.protocol.actors.ActorState.fromObject(object.state, _depth + 1);
                    }
                    if (object.settings != null) {
                        if (!$util.isObject(object.settings))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Actor.settings: object expected");
                        message.settings = $root.eigr.functions.protocol.actors.ActorSettings.fromObject(object.settings, _depth + 1);
                    }
                    if (object.commands) {
                        if (!$Array.isArray(object.commands))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Actor.commands: array expected");
                        message.commands = $Array(object.commands.length);
                        for (var i = 0; i < object.commands.length; ++i) {
                            if (!$util.isObject(object.commands[i]))
                                throw $TypeError(".spawn_proxy.compat.v0_5.Actor.commands: object expected");
                            message.commands[i] = $root.eigr.functions.protocol.actors.Action.fromObject(object.commands[i], _depth + 1);
                        }
                    }
                    if (object.timerCommands) {
                        if (!$Array.isArray(object.timerCommands))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Actor.timerCommands: array expected");
                        message.timerCommands = $Array(object.timerCommands.length);
                        for (var i = 0; i < object.timerCommands.length; ++i) {
                            if (!$util.isObject(object.timerCommands[i]))
                                throw $TypeError(".spawn_proxy.compat.v0_5.Actor.timerCommands: object expected");
                            message.timerCommands[i] = $root.eigr.functions.protocol.actors.FixedTimerAction.fromObject(object.timerCommands[i], _depth + 1);
                        }
                    }
                    if (object.metadata != null) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Actor.metadata: object expected");
                        message.metadata = $root.spawn_proxy.compat.v0_5.Metadata.fromObject(object.metadata, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Actor message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Actor} message Actor
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Actor.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults) {
                        object.commands = [];
                        object.timerCommands = [];
                    }
                    if (options.defaults) {
                        object.id = null;
                        object.state = null;
                        object.settings = null;
                        object.metadata = null;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = $root.eigr.functions.protocol.actors.ActorId.toObject(message.id, options, _depth + 1);
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                        object.state = $root.eigr.functions.protocol.actors.ActorState.toObject(message.state, options, _depth + 1);
                    if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                        object.settings = $root.eigr.functions.protocol.actors.ActorSettings.toObject(message.settings, options, _depth + 1);
                    if (message.commands && message.commands.length) {
                        object.commands = $Array(message.commands.length);
                        for (var j = 0; j < message.commands.length; ++j)
                            object.commands[j] = $root.eigr.functions.protocol.actors.Action.toObject(message.commands[j], options, _depth + 1);
                    }
                    if (message.timerCommands && message.timerCommands.length) {
                        object.timerCommands = $Array(message.timerCommands.length);
                        for (var j = 0; j < message.timerCommands.length; ++j)
                            object.timerCommands[j] = $root.eigr.functions.protocol.actors.FixedTimerAction.toObject(message.timerCommands[j], options, _depth + 1);
                    }
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        object.metadata = $root.spawn_proxy.compat.v0_5.Metadata.toObject(message.metadata, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this Actor to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Actor.prototype.toJSON = function() {
                    return Actor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Actor
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.Actor
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Actor.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.Actor";
                };

                return Actor;
            })();

            v0_5.Registry = (function() {

                /**
                 * Properties of a Registry.
                 * @typedef {Object} spawn_proxy.compat.v0_5.Registry.$Properties
                 * @property {Object.<string,spawn_proxy.compat.v0_5.Actor.$Properties>|null} [actors] Registry actors
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Registry.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IRegistry
                 * @augments spawn_proxy.compat.v0_5.Registry.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.Registry.$Properties instead.
                 */

                /**
                 * Shape of a Registry.
                 * @typedef {{
                 *   actors?: Object.<string,spawn_proxy.compat.v0_5.Actor.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} spawn_proxy.compat.v0_5.Registry.$Shape
                 */

                /**
                 * Constructs a new Registry.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents a Registry.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.Registry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Registry = function (properties) {
                    this.actors = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Registry actors.
                 * @member {Object.<string,spawn_proxy.compat.v0_5.Actor.$Properties>} actors
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @instance
                 */
                Registry.prototype.actors = $util.emptyObject;

                /**
                 * Creates a new Registry instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Registry.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.Registry} Registry instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.Registry.$Shape): spawn_proxy.compat.v0_5.Registry & spawn_proxy.compat.v0_5.Registry.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.Registry.$Properties): spawn_proxy.compat.v0_5.Registry;
                 * }}
                 */
                Registry.create = function(properties) {
                    return new Registry(properties);
                };

                /**
                 * Encodes the specified Registry message. Does not implicitly {@link spawn_proxy.compat.v0_5.Registry.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Registry.$Properties} message Registry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Registry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actors != null && $Object.hasOwnProperty.call(message, "actors"))
                        for (var keys = $Object.keys(message.actors), i = 0; i < keys.length; ++i) {
                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                            $root.spawn_proxy.compat.v0_5.Actor.encode(message.actors[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                        }
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Registry message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.Registry & spawn_proxy.compat.v0_5.Registry.$Shape} Registry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Registry.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.Registry();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (message.actors === $util.emptyObject)
                                    message.actors = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = null;
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = $root.spawn_proxy.compat.v0_5.Actor.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.actors, key);
                                message.actors[key] = value || new $root.spawn_proxy.compat.v0_5.Actor();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Registry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.Registry} Registry
                 */
                Registry.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.Registry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.Registry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.Registry();
                    if (object.actors) {
                        if (!$util.isObject(object.actors))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Registry.actors: object expected");
                        message.actors = {};
                        for (var keys = $Object.keys(object.actors), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.actors, keys[i]);
                            if (!$util.isObject(object.actors[keys[i]]))
                                throw $TypeError(".spawn_proxy.compat.v0_5.Registry.actors: object expected");
                            message.actors[keys[i]] = $root.spawn_proxy.compat.v0_5.Actor.fromObject(object.actors[keys[i]], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Registry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Registry} message Registry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Registry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.actors = {};
                    var keys2;
                    if (message.actors && (keys2 = $Object.keys(message.actors)).length) {
                        object.actors = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.actors, keys2[j]);
                            object.actors[keys2[j]] = $root.spawn_proxy.compat.v0_5.Actor.toObject(message.actors[keys2[j]], options, _depth + 1);
                        }
                    }
                    return object;
                };

                /**
                 * Converts this Registry to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Registry.prototype.toJSON = function() {
                    return Registry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Registry
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.Registry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Registry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.Registry";
                };

                return Registry;
            })();

            v0_5.ActorSystem = (function() {

                /**
                 * Properties of an ActorSystem.
                 * @typedef {Object} spawn_proxy.compat.v0_5.ActorSystem.$Properties
                 * @property {string|null} [name] ActorSystem name
                 * @property {spawn_proxy.compat.v0_5.Registry.$Properties|null} [registry] ActorSystem registry
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActorSystem.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IActorSystem
                 * @augments spawn_proxy.compat.v0_5.ActorSystem.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.ActorSystem.$Properties instead.
                 */

                /**
                 * Shape of an ActorSystem.
                 * @typedef {{
                 *   name?: string|null;
                 *   registry?: spawn_proxy.compat.v0_5.Registry.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} spawn_proxy.compat.v0_5.ActorSystem.$Shape
                 */

                /**
                 * Constructs a new ActorSystem.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents an ActorSystem.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.ActorSystem.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActorSystem = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActorSystem name.
                 * @member {string} name
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @instance
                 */
                ActorSystem.prototype.name = "";

                /**
                 * ActorSystem registry.
                 * @member {spawn_proxy.compat.v0_5.Registry.$Properties|null|undefined} registry
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @instance
                 */
                ActorSystem.prototype.registry = null;

                /**
                 * Creates a new ActorSystem instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @static
                 * @param {spawn_proxy.compat.v0_5.ActorSystem.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.ActorSystem} ActorSystem instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.ActorSystem.$Shape): spawn_proxy.compat.v0_5.ActorSystem & spawn_proxy.compat.v0_5.ActorSystem.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.ActorSystem.$Properties): spawn_proxy.compat.v0_5.ActorSystem;
                 * }}
                 */
                ActorSystem.create = function(properties) {
                    return new ActorSystem(properties);
                };

                /**
                 * Encodes the specified ActorSystem message. Does not implicitly {@link spawn_proxy.compat.v0_5.ActorSystem.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @static
                 * @param {spawn_proxy.compat.v0_5.ActorSystem.$Properties} message ActorSystem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActorSystem.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.registry != null && $Object.hasOwnProperty.call(message, "registry"))
                        $root.spawn_proxy.compat.v0_5.Registry.encode(message.registry, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActorSystem message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.ActorSystem & spawn_proxy.compat.v0_5.ActorSystem.$Shape} ActorSystem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActorSystem.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.ActorSystem();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.registry = $root.spawn_proxy.compat.v0_5.Registry.decode(reader, reader.size(), $undefined, _depth + 1, message.registry);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an ActorSystem message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.ActorSystem} ActorSystem
                 */
                ActorSystem.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.ActorSystem)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.ActorSystem: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.ActorSystem();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.registry != null) {
                        if (!$util.isObject(object.registry))
                            throw $TypeError(".spawn_proxy.compat.v0_5.ActorSystem.registry: object expected");
                        message.registry = $root.spawn_proxy.compat.v0_5.Registry.fromObject(object.registry, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ActorSystem message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @static
                 * @param {spawn_proxy.compat.v0_5.ActorSystem} message ActorSystem
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActorSystem.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.registry = null;
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.registry != null && $Object.hasOwnProperty.call(message, "registry"))
                        object.registry = $root.spawn_proxy.compat.v0_5.Registry.toObject(message.registry, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this ActorSystem to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActorSystem.prototype.toJSON = function() {
                    return ActorSystem.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActorSystem
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.ActorSystem
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActorSystem.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.ActorSystem";
                };

                return ActorSystem;
            })();

            v0_5.RegistrationRequest = (function() {

                /**
                 * Properties of a RegistrationRequest.
                 * @typedef {Object} spawn_proxy.compat.v0_5.RegistrationRequest.$Properties
                 * @property {eigr.functions.protocol.ServiceInfo.$Properties|null} [serviceInfo] RegistrationRequest serviceInfo
                 * @property {spawn_proxy.compat.v0_5.ActorSystem.$Properties|null} [actorSystem] RegistrationRequest actorSystem
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegistrationRequest.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IRegistrationRequest
                 * @augments spawn_proxy.compat.v0_5.RegistrationRequest.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.RegistrationRequest.$Properties instead.
                 */

                /**
                 * Shape of a RegistrationRequest.
                 * @typedef {{
                 *   serviceInfo?: eigr.functions.protocol.ServiceInfo.$Shape|null;
                 *   actorSystem?: spawn_proxy.compat.v0_5.ActorSystem.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} spawn_proxy.compat.v0_5.RegistrationRequest.$Shape
                 */

                /**
                 * Constructs a new RegistrationRequest.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents a RegistrationRequest.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.RegistrationRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RegistrationRequest = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RegistrationRequest serviceInfo.
                 * @member {eigr.functions.protocol.ServiceInfo.$Properties|null|undefined} serviceInfo
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @instance
                 */
                RegistrationRequest.prototype.serviceInfo = null;

                /**
                 * RegistrationRequest actorSystem.
                 * @member {spawn_proxy.compat.v0_5.ActorSystem.$Properties|null|undefined} actorSystem
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @instance
                 */
                RegistrationRequest.prototype.actorSystem = null;

                /**
                 * Creates a new RegistrationRequest instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @static
                 * @param {spawn_proxy.compat.v0_5.RegistrationRequest.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.RegistrationRequest} RegistrationRequest instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.RegistrationRequest.$Shape): spawn_proxy.compat.v0_5.RegistrationRequest & spawn_proxy.compat.v0_5.RegistrationRequest.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.RegistrationRequest.$Properties): spawn_proxy.compat.v0_5.RegistrationRequest;
                 * }}
                 */
                RegistrationRequest.create = function(properties) {
                    return new RegistrationRequest(properties);
                };

                /**
                 * Encodes the specified RegistrationRequest message. Does not implicitly {@link spawn_proxy.compat.v0_5.RegistrationRequest.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @static
                 * @param {spawn_proxy.compat.v0_5.RegistrationRequest.$Properties} message RegistrationRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegistrationRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                        $root.eigr.functions.protocol.ServiceInfo.encode(message.serviceInfo, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem"))
                        $root.spawn_proxy.compat.v0_5.ActorSystem.encode(message.actorSystem, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RegistrationRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.RegistrationRequest & spawn_proxy.compat.v0_5.RegistrationRequest.$Shape} RegistrationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegistrationRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.RegistrationRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.serviceInfo = $root.eigr.functions.protocol.ServiceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceInfo);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.actorSystem = $root.spawn_proxy.compat.v0_5.ActorSystem.decode(reader, reader.size(), $undefined, _depth + 1, message.actorSystem);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a RegistrationRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.RegistrationRequest} RegistrationRequest
                 */
                RegistrationRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.RegistrationRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.RegistrationRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.RegistrationRequest();
                    if (object.serviceInfo != null) {
                        if (!$util.isObject(object.serviceInfo))
                            throw $TypeError(".spawn_proxy.compat.v0_5.RegistrationRequest.serviceInfo: object expected");
                        message.serviceInfo = $root.eigr.functions.protocol.ServiceInfo.fromObject(object.serviceInfo, _depth + 1);
                    }
                    if (object.actorSystem != null) {
                        if (!$util.isObject(object.actorSystem))
                            throw $TypeError(".spawn_proxy.compat.v0_5.RegistrationRequest.actorSystem: object expected");
                        message.actorSystem = $root.spawn_proxy.compat.v0_5.ActorSystem.fromObject(object.actorSystem, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RegistrationRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @static
                 * @param {spawn_proxy.compat.v0_5.RegistrationRequest} message RegistrationRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegistrationRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.serviceInfo = null;
                        object.actorSystem = null;
                    }
                    if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                        object.serviceInfo = $root.eigr.functions.protocol.ServiceInfo.toObject(message.serviceInfo, options, _depth + 1);
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem"))
                        object.actorSystem = $root.spawn_proxy.compat.v0_5.ActorSystem.toObject(message.actorSystem, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RegistrationRequest to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegistrationRequest.prototype.toJSON = function() {
                    return RegistrationRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegistrationRequest
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.RegistrationRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegistrationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.RegistrationRequest";
                };

                return RegistrationRequest;
            })();

            v0_5.InvocationRequest = (function() {

                /**
                 * Properties of an InvocationRequest.
                 * @typedef {Object} spawn_proxy.compat.v0_5.InvocationRequest.$Properties
                 * @property {spawn_proxy.compat.v0_5.ActorSystem.$Properties|null} [system] InvocationRequest system
                 * @property {spawn_proxy.compat.v0_5.Actor.$Properties|null} [actor] InvocationRequest actor
                 * @property {string|null} [commandName] InvocationRequest commandName
                 * @property {google.protobuf.Any.$Properties|null} [value] InvocationRequest value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] InvocationRequest noop
                 * @property {boolean|null} [async] InvocationRequest async
                 * @property {eigr.functions.protocol.actors.ActorId.$Properties|null} [caller] InvocationRequest caller
                 * @property {Object.<string,string>|null} [metadata] InvocationRequest metadata
                 * @property {number|null} [scheduledTo] InvocationRequest scheduledTo
                 * @property {boolean|null} [pooled] InvocationRequest pooled
                 * @property {"value"|"noop"} [payload] InvocationRequest payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InvocationRequest.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IInvocationRequest
                 * @augments spawn_proxy.compat.v0_5.InvocationRequest.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.InvocationRequest.$Properties instead.
                 */

                /**
                 * Narrowed shape of an InvocationRequest.
                 * @typedef {{
                 *   system?: spawn_proxy.compat.v0_5.ActorSystem.$Shape|null;
                 *   actor?: spawn_proxy.compat.v0_5.Actor.$Shape|null;
                 *   commandName?: string|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   async?: boolean|null;
                 *   caller?: eigr.functions.protocol.actors.ActorId.$Shape|null;
                 *   metadata?: Object.<string,string>|null;
                 *   scheduledTo?: number|null;
                 *   pooled?: boolean|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} spawn_proxy.compat.v0_5.InvocationRequest.$Shape
                 */

                /**
                 * Constructs a new InvocationRequest.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents an InvocationRequest.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.InvocationRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var InvocationRequest = function (properties) {
                    this.metadata = {};
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InvocationRequest system.
                 * @member {spawn_proxy.compat.v0_5.ActorSystem.$Properties|null|undefined} system
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.system = null;

                /**
                 * InvocationRequest actor.
                 * @member {spawn_proxy.compat.v0_5.Actor.$Properties|null|undefined} actor
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.actor = null;

                /**
                 * InvocationRequest commandName.
                 * @member {string} commandName
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.commandName = "";

                /**
                 * InvocationRequest value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.value = null;

                /**
                 * InvocationRequest noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.noop = null;

                /**
                 * InvocationRequest async.
                 * @member {boolean} async
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.async = false;

                /**
                 * InvocationRequest caller.
                 * @member {eigr.functions.protocol.actors.ActorId.$Properties|null|undefined} caller
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.caller = null;

                /**
                 * InvocationRequest metadata.
                 * @member {Object.<string,string>} metadata
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.metadata = $util.emptyObject;

                /**
                 * InvocationRequest scheduledTo.
                 * @member {number} scheduledTo
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.scheduledTo = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * InvocationRequest pooled.
                 * @member {boolean} pooled
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                InvocationRequest.prototype.pooled = false;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * InvocationRequest payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 */
                $Object.defineProperty(InvocationRequest.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new InvocationRequest instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @static
                 * @param {spawn_proxy.compat.v0_5.InvocationRequest.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.InvocationRequest} InvocationRequest instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.InvocationRequest.$Shape): spawn_proxy.compat.v0_5.InvocationRequest & spawn_proxy.compat.v0_5.InvocationRequest.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.InvocationRequest.$Properties): spawn_proxy.compat.v0_5.InvocationRequest;
                 * }}
                 */
                InvocationRequest.create = function(properties) {
                    return new InvocationRequest(properties);
                };

                /**
                 * Encodes the specified InvocationRequest message. Does not implicitly {@link spawn_proxy.compat.v0_5.InvocationRequest.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @static
                 * @param {spawn_proxy.compat.v0_5.InvocationRequest.$Properties} message InvocationRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InvocationRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                        $root.spawn_proxy.compat.v0_5.ActorSystem.encode(message.system, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        $root.spawn_proxy.compat.v0_5.Actor.encode(message.actor, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.commandName != null && $Object.hasOwnProperty.call(message, "commandName") && message.commandName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.commandName);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.async != null && $Object.hasOwnProperty.call(message, "async") && message.async !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.async);
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        $root.eigr.functions.protocol.actors.ActorId.encode(message.caller, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        for (var keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                    if (message.scheduledTo != null && $Object.hasOwnProperty.call(message, "scheduledTo") && (typeof message.scheduledTo === "object" ? message.scheduledTo.low || message.scheduledTo.high : message.scheduledTo !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.scheduledTo);
                    if (message.pooled != null && $Object.hasOwnProperty.call(message, "pooled") && message.pooled !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.pooled);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InvocationRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.InvocationRequest & spawn_proxy.compat.v0_5.InvocationRequest.$Shape} InvocationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InvocationRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.InvocationRequest();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.system = $root.spawn_proxy.compat.v0_5.ActorSystem.decode(reader, reader.size(), $undefined, _depth + 1, message.system);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.actor = $root.spawn_proxy.compat.v0_5.Actor.decode(reader, reader.size(), $undefined, _depth + 1, message.actor);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandName = value;
                                else
                                    delete message.commandName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.async = value;
                                else
                                    delete message.async;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.caller = $root.eigr.functions.protocol.actors.ActorId.decode(reader, reader.size(), $undefined, _depth + 1, message.caller);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (message.metadata === $util.emptyObject)
                                    message.metadata = {};
                                var end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    var tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.metadata, key);
                                message.metadata[key] = value;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.scheduledTo = value;
                                else
                                    delete message.scheduledTo;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.pooled = value;
                                else
                                    delete message.pooled;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an InvocationRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.InvocationRequest} InvocationRequest
                 */
                InvocationRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.InvocationRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.InvocationRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.InvocationRequest();
                    if (object.system != null) {
                        if (!$util.isObject(object.system))
                            throw $TypeError(".spawn_proxy.compat.v0_5.InvocationRequest.system: object expected");
                        message.system = $root.spawn_proxy.compat.v0_5.ActorSystem.fromObject(object.system, _depth + 1);
                    }
                    if (object.actor != null) {
                        if (!$util.isObject(object.actor))
                            throw $TypeError(".spawn_proxy.compat.v0_5.InvocationRequest.actor: object expected");
                        message.actor = $root.spawn_proxy.compat.v0_5.Actor.fromObject(object.actor, _depth + 1);
                    }
                    if (object.commandName != null)
                        if (typeof object.commandName !== "string" || object.commandName.length)
                            message.commandName = $String(object.commandName);
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".spawn_proxy.compat.v0_5.InvocationRequest.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".spawn_proxy.compat.v0_5.InvocationRequest.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    if (object.async != null)
                        if (object.async)
                            message.async = $Boolean(object.async);
                    if (object.caller != null) {
                        if (!$util.isObject(object.caller))
                            throw $TypeError(".spawn_proxy.compat.v0_5.InvocationRequest.caller: object expected");
                        message.caller = $root.eigr.functions.protocol.actors.ActorId.fromObject(object.caller, _depth + 1);
                    }
                    if (object.metadata) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".spawn_proxy.compat.v0_5.InvocationRequest.metadata: object expected");
                        message.metadata = {};
                        for (var keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.metadata, keys[i]);
                            message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                        }
                    }
                    if (object.scheduledTo != null)
                        if (typeof object.scheduledTo === "object" ? object.scheduledTo.low || object.scheduledTo.high : $Number(object.scheduledTo) !== 0)
                            if ($util.Long)
                                message.scheduledTo = $util.Long.fromValue(object.scheduledTo, false);
                            else if (typeof object.scheduledTo === "string")
                                message.scheduledTo = $parseInt(object.scheduledTo, 10);
                            else if (typeof object.scheduledTo === "number")
                                message.scheduledTo = object.scheduledTo;
                            else if (typeof object.scheduledTo === "object")
                                message.scheduledTo = new $util.LongBits(object.scheduledTo.low >>> 0, object.scheduledTo.high >>> 0).toNumber();
                    if (object.pooled != null)
                        if (object.pooled)
                            message.pooled = $Boolean(object.pooled);
                    return message;
                };

                /**
                 * Creates a plain object from an InvocationRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @static
                 * @param {spawn_proxy.compat.v0_5.InvocationRequest} message InvocationRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InvocationRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.objects || options.defaults)
                        object.metadata = {};
                    if (options.defaults) {
                        object.system = null;
                        object.actor = null;
                        object.commandName = "";
                        object.async = false;
                        object.caller = null;
                        if ($util.Long) {
                            var long = new $util.Long(0, 0, false);
                            object.scheduledTo = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.scheduledTo = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.pooled = false;
                    }
                    if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                        object.system = $root.spawn_proxy.compat.v0_5.ActorSystem.toObject(message.system, options, _depth + 1);
                    if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                        object.actor = $root.spawn_proxy.compat.v0_5.Actor.toObject(message.actor, options, _depth + 1);
                    if (message.commandName != null && $Object.hasOwnProperty.call(message, "commandName"))
                        object.commandName = message.commandName;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.async != null && $Object.hasOwnProperty.call(message, "async"))
                        object.async = message.async;
                    if (message.caller != null && $Object.hasOwnProperty.call(message, "caller"))
                        object.caller = $root.eigr.functions.protocol.actors.ActorId.toObject(message.caller, options, _depth + 1);
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    var keys2;
                    if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                        object.metadata = {};
                        for (var j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.metadata, keys2[j]);
                            object.metadata[keys2[j]] = message.metadata[keys2[j]];
                        }
                    }
                    if (message.scheduledTo != null && $Object.hasOwnProperty.call(message, "scheduledTo"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.scheduledTo = typeof message.scheduledTo === "number" ? $BigInt(message.scheduledTo) : $util.Long.fromBits(message.scheduledTo.low >>> 0, message.scheduledTo.high >>> 0, false).toBigInt();
                        else if (typeof message.scheduledTo === "number")
                            object.scheduledTo = options.longs === $String ? $String(message.scheduledTo) : message.scheduledTo;
                        else
                            object.scheduledTo = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledTo) : options.longs === $Number ? new $util.LongBits(message.scheduledTo.low >>> 0, message.scheduledTo.high >>> 0).toNumber() : message.scheduledTo;
                    if (message.pooled != null && $Object.hasOwnProperty.call(message, "pooled"))
                        object.pooled = message.pooled;
                    return object;
                };

                /**
                 * Converts this InvocationRequest to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InvocationRequest.prototype.toJSON = function() {
                    return InvocationRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InvocationRequest
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.InvocationRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InvocationRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.InvocationRequest";
                };

                return InvocationRequest;
            })();

            v0_5.SideEffect = (function() {

                /**
                 * Properties of a SideEffect.
                 * @typedef {Object} spawn_proxy.compat.v0_5.SideEffect.$Properties
                 * @property {spawn_proxy.compat.v0_5.InvocationRequest.$Properties|null} [request] SideEffect request
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SideEffect.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface ISideEffect
                 * @augments spawn_proxy.compat.v0_5.SideEffect.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.SideEffect.$Properties instead.
                 */

                /**
                 * Shape of a SideEffect.
                 * @typedef {{
                 *   request?: spawn_proxy.compat.v0_5.InvocationRequest.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} spawn_proxy.compat.v0_5.SideEffect.$Shape
                 */

                /**
                 * Constructs a new SideEffect.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents a SideEffect.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.SideEffect.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var SideEffect = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SideEffect request.
                 * @member {spawn_proxy.compat.v0_5.InvocationRequest.$Properties|null|undefined} request
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @instance
                 */
                SideEffect.prototype.request = null;

                /**
                 * Creates a new SideEffect instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @static
                 * @param {spawn_proxy.compat.v0_5.SideEffect.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.SideEffect} SideEffect instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.SideEffect.$Shape): spawn_proxy.compat.v0_5.SideEffect & spawn_proxy.compat.v0_5.SideEffect.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.SideEffect.$Properties): spawn_proxy.compat.v0_5.SideEffect;
                 * }}
                 */
                SideEffect.create = function(properties) {
                    return new SideEffect(properties);
                };

                /**
                 * Encodes the specified SideEffect message. Does not implicitly {@link spawn_proxy.compat.v0_5.SideEffect.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @static
                 * @param {spawn_proxy.compat.v0_5.SideEffect.$Properties} message SideEffect message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SideEffect.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        $root.spawn_proxy.compat.v0_5.InvocationRequest.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SideEffect message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.SideEffect & spawn_proxy.compat.v0_5.SideEffect.$Shape} SideEffect
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SideEffect.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.SideEffect();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.request = $root.spawn_proxy.compat.v0_5.InvocationRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SideEffect message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.SideEffect} SideEffect
                 */
                SideEffect.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.SideEffect)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.SideEffect: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.SideEffect();
                    if (object.request != null) {
                        if (!$util.isObject(object.request))
                            throw $TypeError(".spawn_proxy.compat.v0_5.SideEffect.request: object expected");
                        message.request = $root.spawn_proxy.compat.v0_5.InvocationRequest.fromObject(object.request, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SideEffect message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @static
                 * @param {spawn_proxy.compat.v0_5.SideEffect} message SideEffect
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SideEffect.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults)
                        object.request = null;
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        object.request = $root.spawn_proxy.compat.v0_5.InvocationRequest.toObject(message.request, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SideEffect to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SideEffect.prototype.toJSON = function() {
                    return SideEffect.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SideEffect
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.SideEffect
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SideEffect.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.SideEffect";
                };

                return SideEffect;
            })();

            v0_5.Broadcast = (function() {

                /**
                 * Properties of a Broadcast.
                 * @typedef {Object} spawn_proxy.compat.v0_5.Broadcast.$Properties
                 * @property {string|null} [channelGroup] Broadcast channelGroup
                 * @property {string|null} [commandName] Broadcast commandName
                 * @property {google.protobuf.Any.$Properties|null} [value] Broadcast value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] Broadcast noop
                 * @property {"value"|"noop"} [payload] Broadcast payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Broadcast.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IBroadcast
                 * @augments spawn_proxy.compat.v0_5.Broadcast.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.Broadcast.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Broadcast.
                 * @typedef {{
                 *   channelGroup?: string|null;
                 *   commandName?: string|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} spawn_proxy.compat.v0_5.Broadcast.$Shape
                 */

                /**
                 * Constructs a new Broadcast.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents a Broadcast.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.Broadcast.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Broadcast = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Broadcast channelGroup.
                 * @member {string} channelGroup
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @instance
                 */
                Broadcast.prototype.channelGroup = "";

                /**
                 * Broadcast commandName.
                 * @member {string} commandName
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @instance
                 */
                Broadcast.prototype.commandName = "";

                /**
                 * Broadcast value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @instance
                 */
                Broadcast.prototype.value = null;

                /**
                 * Broadcast noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @instance
                 */
                Broadcast.prototype.noop = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * Broadcast payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @instance
                 */
                $Object.defineProperty(Broadcast.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Broadcast instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Broadcast.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.Broadcast} Broadcast instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.Broadcast.$Shape): spawn_proxy.compat.v0_5.Broadcast & spawn_proxy.compat.v0_5.Broadcast.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.Broadcast.$Properties): spawn_proxy.compat.v0_5.Broadcast;
                 * }}
                 */
                Broadcast.create = function(properties) {
                    return new Broadcast(properties);
                };

                /**
                 * Encodes the specified Broadcast message. Does not implicitly {@link spawn_proxy.compat.v0_5.Broadcast.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Broadcast.$Properties} message Broadcast message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Broadcast.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.channelGroup != null && $Object.hasOwnProperty.call(message, "channelGroup") && message.channelGroup !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelGroup);
                    if (message.commandName != null && $Object.hasOwnProperty.call(message, "commandName") && message.commandName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.commandName);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Broadcast message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.Broadcast & spawn_proxy.compat.v0_5.Broadcast.$Shape} Broadcast
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Broadcast.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.Broadcast();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.channelGroup = value;
                                else
                                    delete message.channelGroup;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandName = value;
                                else
                                    delete message.commandName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Broadcast message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.Broadcast} Broadcast
                 */
                Broadcast.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.Broadcast)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.Broadcast: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.Broadcast();
                    if (object.channelGroup != null)
                        if (typeof object.channelGroup !== "string" || object.channelGroup.length)
                            message.channelGroup = $String(object.channelGroup);
                    if (object.commandName != null)
                        if (typeof object.commandName !== "string" || object.commandName.length)
                            message.commandName = $String(object.commandName);
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Broadcast.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Broadcast.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Broadcast message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Broadcast} message Broadcast
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Broadcast.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.channelGroup = "";
                        object.commandName = "";
                    }
                    if (message.channelGroup != null && $Object.hasOwnProperty.call(message, "channelGroup"))
                        object.channelGroup = message.channelGroup;
                    if (message.commandName != null && $Object.hasOwnProperty.call(message, "commandName"))
                        object.commandName = message.commandName;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    return object;
                };

                /**
                 * Converts this Broadcast to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Broadcast.prototype.toJSON = function() {
                    return Broadcast.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Broadcast
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.Broadcast
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Broadcast.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.Broadcast";
                };

                return Broadcast;
            })();

            v0_5.Workflow = (function() {

                /**
                 * Properties of a Workflow.
                 * @typedef {Object} spawn_proxy.compat.v0_5.Workflow.$Properties
                 * @property {Array.<spawn_proxy.compat.v0_5.SideEffect.$Properties>|null} [effects] Workflow effects
                 * @property {spawn_proxy.compat.v0_5.Broadcast.$Properties|null} [broadcast] Workflow broadcast
                 * @property {eigr.functions.protocol.Pipe.$Properties|null} [pipe] Workflow pipe
                 * @property {eigr.functions.protocol.Forward.$Properties|null} [forward] Workflow forward
                 * @property {"pipe"|"forward"} [routing] Workflow routing
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Workflow.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IWorkflow
                 * @augments spawn_proxy.compat.v0_5.Workflow.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.Workflow.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Workflow.
                 * @typedef {{
                 *   effects?: Array.<spawn_proxy.compat.v0_5.SideEffect.$Shape>|null;
                 *   broadcast?: spawn_proxy.compat.v0_5.Broadcast.$Shape|null;
                 *   pipe?: eigr.functions.protocol.Pipe.$Shape|null;
                 *   forward?: eigr.functions.protocol.Forward.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ routing?: undefined; pipe?: null; forward?: null }|{ routing?: "pipe"; pipe: eigr.functions.protocol.Pipe.$Shape; forward?: null }|{ routing?: "forward"; pipe?: null; forward: eigr.functions.protocol.Forward.$Shape })
                 * )} spawn_proxy.compat.v0_5.Workflow.$Shape
                 */

                /**
                 * Constructs a new Workflow.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents a Workflow.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.Workflow.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var Workflow = function (properties) {
                    this.effects = [];
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Workflow effects.
                 * @member {Array.<spawn_proxy.compat.v0_5.SideEffect.$Properties>} effects
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @instance
                 */
                Workflow.prototype.effects = $util.emptyArray;

                /**
                 * Workflow broadcast.
                 * @member {spawn_proxy.compat.v0_5.Broadcast.$Properties|null|undefined} broadcast
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @instance
                 */
                Workflow.prototype.broadcast = null;

                /**
                 * Workflow pipe.
                 * @member {eigr.functions.protocol.Pipe.$Properties|null|undefined} pipe
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @instance
                 */
                Workflow.prototype.pipe = null;

                /**
                 * Workflow forward.
                 * @member {eigr.functions.protocol.Forward.$Properties|null|undefined} forward
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @instance
                 */
                Workflow.prototype.forward = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * Workflow routing.
                 * @member {"pipe"|"forward"|undefined} routing
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @instance
                 */
                $Object.defineProperty(Workflow.prototype, "routing", {
                    get: $util.oneOfGetter($oneOfFields = ["pipe", "forward"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Workflow instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Workflow.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.Workflow} Workflow instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.Workflow.$Shape): spawn_proxy.compat.v0_5.Workflow & spawn_proxy.compat.v0_5.Workflow.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.Workflow.$Properties): spawn_proxy.compat.v0_5.Workflow;
                 * }}
                 */
                Workflow.create = function(properties) {
                    return new Workflow(properties);
                };

                /**
                 * Encodes the specified Workflow message. Does not implicitly {@link spawn_proxy.compat.v0_5.Workflow.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Workflow.$Properties} message Workflow message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Workflow.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.effects != null && message.effects.length)
                        for (var i = 0; i < message.effects.length; ++i)
                            $root.spawn_proxy.compat.v0_5.SideEffect.encode(message.effects[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.broadcast != null && $Object.hasOwnProperty.call(message, "broadcast"))
                        $root.spawn_proxy.compat.v0_5.Broadcast.encode(message.broadcast, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.pipe != null && $Object.hasOwnProperty.call(message, "pipe"))
                        $root.eigr.functions.protocol.Pipe.encode(message.pipe, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.forward != null && $Object.hasOwnProperty.call(message, "forward"))
                        $root.eigr.functions.protocol.Forward.encode(message.forward, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Workflow message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.Workflow & spawn_proxy.compat.v0_5.Workflow.$Shape} Workflow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Workflow.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.Workflow();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.effects && message.effects.length))
                                    message.effects = [];
                                message.effects.push($root.spawn_proxy.compat.v0_5.SideEffect.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.broadcast = $root.spawn_proxy.compat.v0_5.Broadcast.decode(reader, reader.size(), $undefined, _depth + 1, message.broadcast);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.pipe = $root.eigr.functions.protocol.Pipe.decode(reader, reader.size(), $undefined, _depth + 1, message.pipe);
                                message.routing = "pipe";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.forward = $root.eigr.functions.protocol.Forward.decode(reader, reader.size(), $undefined, _depth + 1, message.forward);
                                message.routing = "forward";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Workflow message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.Workflow} Workflow
                 */
                Workflow.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.Workflow)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.Workflow: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.Workflow();
                    if (object.effects) {
                        if (!$Array.isArray(object.effects))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Workflow.effects: array expected");
                        message.effects = $Array(object.effects.length);
                        for (var i = 0; i < object.effects.length; ++i) {
                            if (!$util.isObject(object.effects[i]))
                                throw $TypeError(".spawn_proxy.compat.v0_5.Workflow.effects: object expected");
                            message.effects[i] = $root.spawn_proxy.compat.v0_5.SideEffect.fromObject(object.effects[i], _depth + 1);
                        }
                    }
                    if (object.broadcast != null) {
                        if (!$util.isObject(object.broadcast))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Workflow.broadcast: object expected");
                        message.broadcast = $root.spawn_proxy.compat.v0_5.Broadcast.fromObject(object.broadcast, _depth + 1);
                    }
                    if (object.pipe != null) {
                        if (!$util.isObject(object.pipe))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Workflow.pipe: object expected");
                        message.pipe = $root.eigr.functions.protocol.Pipe.fromObject(object.pipe, _depth + 1);
                    }
                    if (object.forward != null) {
                        if (!$util.isObject(object.forward))
                            throw $TypeError(".spawn_proxy.compat.v0_5.Workflow.forward: object expected");
                        message.forward = $root.eigr.functions.protocol.Forward.fromObject(object.forward, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Workflow message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @static
                 * @param {spawn_proxy.compat.v0_5.Workflow} message Workflow
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Workflow.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.arrays || options.defaults)
                        object.effects = [];
                    if (options.defaults)
                        object.broadcast = null;
                    if (message.effects && message.effects.length) {
                        object.effects = $Array(message.effects.length);
                        for (var j = 0; j < message.effects.length; ++j)
                            object.effects[j] = $root.spawn_proxy.compat.v0_5.SideEffect.toObject(message.effects[j], options, _depth + 1);
                    }
                    if (message.broadcast != null && $Object.hasOwnProperty.call(message, "broadcast"))
                        object.broadcast = $root.spawn_proxy.compat.v0_5.Broadcast.toObject(message.broadcast, options, _depth + 1);
                    if (message.pipe != null && $Object.hasOwnProperty.call(message, "pipe")) {
                        object.pipe = $root.eigr.functions.protocol.Pipe.toObject(message.pipe, options, _depth + 1);
                        if (options.oneofs)
                            object.routing = "pipe";
                    }
                    if (message.forward != null && $Object.hasOwnProperty.call(message, "forward")) {
                        object.forward = $root.eigr.functions.protocol.Forward.toObject(message.forward, options, _depth + 1);
                        if (options.oneofs)
                            object.routing = "forward";
                    }
                    return object;
                };

                /**
                 * Converts this Workflow to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Workflow.prototype.toJSON = function() {
                    return Workflow.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Workflow
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.Workflow
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Workflow.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.Workflow";
                };

                return Workflow;
            })();

            v0_5.ActorInvocationResponse = (function() {

                /**
                 * Properties of an ActorInvocationResponse.
                 * @typedef {Object} spawn_proxy.compat.v0_5.ActorInvocationResponse.$Properties
                 * @property {string|null} [actorName] ActorInvocationResponse actorName
                 * @property {string|null} [actorSystem] ActorInvocationResponse actorSystem
                 * @property {eigr.functions.protocol.Context.$Properties|null} [updatedContext] ActorInvocationResponse updatedContext
                 * @property {google.protobuf.Any.$Properties|null} [value] ActorInvocationResponse value
                 * @property {eigr.functions.protocol.Noop.$Properties|null} [noop] ActorInvocationResponse noop
                 * @property {spawn_proxy.compat.v0_5.Workflow.$Properties|null} [workflow] ActorInvocationResponse workflow
                 * @property {"value"|"noop"} [payload] ActorInvocationResponse payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ActorInvocationResponse.
                 * @memberof spawn_proxy.compat.v0_5
                 * @interface IActorInvocationResponse
                 * @augments spawn_proxy.compat.v0_5.ActorInvocationResponse.$Properties
                 * @deprecated Use spawn_proxy.compat.v0_5.ActorInvocationResponse.$Properties instead.
                 */

                /**
                 * Narrowed shape of an ActorInvocationResponse.
                 * @typedef {{
                 *   actorName?: string|null;
                 *   actorSystem?: string|null;
                 *   updatedContext?: eigr.functions.protocol.Context.$Shape|null;
                 *   value?: google.protobuf.Any.$Shape|null;
                 *   noop?: eigr.functions.protocol.Noop.$Shape|null;
                 *   workflow?: spawn_proxy.compat.v0_5.Workflow.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; value?: null; noop?: null }|{ payload?: "value"; value: google.protobuf.Any.$Shape; noop?: null }|{ payload?: "noop"; value?: null; noop: eigr.functions.protocol.Noop.$Shape })
                 * )} spawn_proxy.compat.v0_5.ActorInvocationResponse.$Shape
                 */

                /**
                 * Constructs a new ActorInvocationResponse.
                 * @memberof spawn_proxy.compat.v0_5
                 * @classdesc Represents an ActorInvocationResponse.
                 * @constructor
                 * @param {spawn_proxy.compat.v0_5.ActorInvocationResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ActorInvocationResponse = function (properties) {
                    if (properties)
                        for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ActorInvocationResponse actorName.
                 * @member {string} actorName
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.actorName = "";

                /**
                 * ActorInvocationResponse actorSystem.
                 * @member {string} actorSystem
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.actorSystem = "";

                /**
                 * ActorInvocationResponse updatedContext.
                 * @member {eigr.functions.protocol.Context.$Properties|null|undefined} updatedContext
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.updatedContext = null;

                /**
                 * ActorInvocationResponse value.
                 * @member {google.protobuf.Any.$Properties|null|undefined} value
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.value = null;

                /**
                 * ActorInvocationResponse noop.
                 * @member {eigr.functions.protocol.Noop.$Properties|null|undefined} noop
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.noop = null;

                /**
                 * ActorInvocationResponse workflow.
                 * @member {spawn_proxy.compat.v0_5.Workflow.$Properties|null|undefined} workflow
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 */
                ActorInvocationResponse.prototype.workflow = null;

                // OneOf field names bound to virtual getters and setters
                var $oneOfFields;

                /**
                 * ActorInvocationResponse payload.
                 * @member {"value"|"noop"|undefined} payload
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 */
                $Object.defineProperty(ActorInvocationResponse.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["value", "noop"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ActorInvocationResponse instance using the specified properties.
                 * @function create
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @static
                 * @param {spawn_proxy.compat.v0_5.ActorInvocationResponse.$Properties=} [properties] Properties to set
                 * @returns {spawn_proxy.compat.v0_5.ActorInvocationResponse} ActorInvocationResponse instance
                 * @type {{
                 *   (properties: spawn_proxy.compat.v0_5.ActorInvocationResponse.$Shape): spawn_proxy.compat.v0_5.ActorInvocationResponse & spawn_proxy.compat.v0_5.ActorInvocationResponse.$Shape;
                 *   (properties?: spawn_proxy.compat.v0_5.ActorInvocationResponse.$Properties): spawn_proxy.compat.v0_5.ActorInvocationResponse;
                 * }}
                 */
                ActorInvocationResponse.create = function(properties) {
                    return new ActorInvocationResponse(properties);
                };

                /**
                 * Encodes the specified ActorInvocationResponse message. Does not implicitly {@link spawn_proxy.compat.v0_5.ActorInvocationResponse.verify|verify} messages.
                 * @function encode
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @static
                 * @param {spawn_proxy.compat.v0_5.ActorInvocationResponse.$Properties} message ActorInvocationResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ActorInvocationResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.actorName != null && $Object.hasOwnProperty.call(message, "actorName") && message.actorName !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.actorName);
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem") && message.actorSystem !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actorSystem);
                    if (message.updatedContext != null && $Object.hasOwnProperty.call(message, "updatedContext"))
                        $root.eigr.functions.protocol.Context.encode(message.updatedContext, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        $root.google.protobuf.Any.encode(message.value, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow"))
                        $root.spawn_proxy.compat.v0_5.Workflow.encode(message.workflow, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop"))
                        $root.eigr.functions.protocol.Noop.encode(message.noop, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (var i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ActorInvocationResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {spawn_proxy.compat.v0_5.ActorInvocationResponse & spawn_proxy.compat.v0_5.ActorInvocationResponse.$Shape} ActorInvocationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ActorInvocationResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.spawn_proxy.compat.v0_5.ActorInvocationResponse();
                    while (reader.pos < end) {
                        var start = reader.pos;
                        var tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        var wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorName = value;
                                else
                                    delete message.actorName;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorSystem = value;
                                else
                                    delete message.actorSystem;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.updatedContext = $root.eigr.functions.protocol.Context.decode(reader, reader.size(), $undefined, _depth + 1, message.updatedContext);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                message.payload = "value";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.noop = $root.eigr.functions.protocol.Noop.decode(reader, reader.size(), $undefined, _depth + 1, message.noop);
                                message.payload = "noop";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.workflow = $root.spawn_proxy.compat.v0_5.Workflow.decode(reader, reader.size(), $undefined, _depth + 1, message.workflow);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an ActorInvocationResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {spawn_proxy.compat.v0_5.ActorInvocationResponse} ActorInvocationResponse
                 */
                ActorInvocationResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.spawn_proxy.compat.v0_5.ActorInvocationResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".spawn_proxy.compat.v0_5.ActorInvocationResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var message = new $root.spawn_proxy.compat.v0_5.ActorInvocationResponse();
                    if (object.actorName != null)
                        if (typeof object.actorName !== "string" || object.actorName.length)
                            message.actorName = $String(object.actorName);
                    if (object.actorSystem != null)
                        if (typeof object.actorSystem !== "string" || object.actorSystem.length)
                            message.actorSystem = $String(object.actorSystem);
                    if (object.updatedContext != null) {
                        if (!$util.isObject(object.updatedContext))
                            throw $TypeError(".spawn_proxy.compat.v0_5.ActorInvocationResponse.updatedContext: object expected");
                        message.updatedContext = $root.eigr.functions.protocol.Context.fromObject(object.updatedContext, _depth + 1);
                    }
                    if (object.value != null) {
                        if (!$util.isObject(object.value))
                            throw $TypeError(".spawn_proxy.compat.v0_5.ActorInvocationResponse.value: object expected");
                        message.value = $root.google.protobuf.Any.fromObject(object.value, _depth + 1);
                    }
                    if (object.noop != null) {
                        if (!$util.isObject(object.noop))
                            throw $TypeError(".spawn_proxy.compat.v0_5.ActorInvocationResponse.noop: object expected");
                        message.noop = $root.eigr.functions.protocol.Noop.fromObject(object.noop, _depth + 1);
                    }
                    if (object.workflow != null) {
                        if (!$util.isObject(object.workflow))
                            throw $TypeError(".spawn_proxy.compat.v0_5.ActorInvocationResponse.workflow: object expected");
                        message.workflow = $root.spawn_proxy.compat.v0_5.Workflow.fromObject(object.workflow, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ActorInvocationResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @static
                 * @param {spawn_proxy.compat.v0_5.ActorInvocationResponse} message ActorInvocationResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ActorInvocationResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var object = {};
                    if (options.defaults) {
                        object.actorName = "";
                        object.actorSystem = "";
                        object.updatedContext = null;
                        object.workflow = null;
                    }
                    if (message.actorName != null && $Object.hasOwnProperty.call(message, "actorName"))
                        object.actorName = message.actorName;
                    if (message.actorSystem != null && $Object.hasOwnProperty.call(message, "actorSystem"))
                        object.actorSystem = message.actorSystem;
                    if (message.updatedContext != null && $Object.hasOwnProperty.call(message, "updatedContext"))
                        object.updatedContext = $root.eigr.functions.protocol.Context.toObject(message.updatedContext, options, _depth + 1);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        object.value = $root.google.protobuf.Any.toObject(message.value, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "value";
                    }
                    if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow"))
                        object.workflow = $root.spawn_proxy.compat.v0_5.Workflow.toObject(message.workflow, options, _depth + 1);
                    if (message.noop != null && $Object.hasOwnProperty.call(message, "noop")) {
                        object.noop = $root.eigr.functions.protocol.Noop.toObject(message.noop, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "noop";
                    }
                    return object;
                };

                /**
                 * Converts this ActorInvocationResponse to JSON.
                 * @function toJSON
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ActorInvocationResponse.prototype.toJSON = function() {
                    return ActorInvocationResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ActorInvocationResponse
                 * @function getTypeUrl
                 * @memberof spawn_proxy.compat.v0_5.ActorInvocationResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ActorInvocationResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/spawn_proxy.compat.v0_5.ActorInvocationResponse";
                };

                return ActorInvocationResponse;
            })();

            return v0_5;
        })();

        return compat;
    })();

    spawn_proxy.channel = (function() {

        /**
         * Namespace channel.
         * @memberof spawn_proxy
         * @namespace
         */
        var channel = {};

        channel.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} spawn_proxy.channel.Frame.$Properties
             * @property {number|null} [id] Frame id
             * @property {eigr.functions.protocol.RegistrationRequest.$Properties|null} [register] Frame register
             * @property {eigr.functions.protocol.RegistrationResponse.$Properties|null} [registered] Frame registered
             * @property {eigr.functions.protocol.ActorInvocation.$Properties|null} [invocation] Frame invocation
             * @property {eigr.functions.protocol.ActorInvocationResponse.$Properties|null} [result] Frame result
             * @property {eigr.functions.protocol.InvocationRequest.$Properties|null} [invoke] Frame invoke
             * @property {eigr.functions.protocol.InvocationResponse.$Properties|null} [invoked] Frame invoked
             * @property {eigr.functions.protocol.SpawnRequest.$Properties|null} [spawn] Frame spawn
             * @property {eigr.functions.protocol.SpawnResponse.$Properties|null} [spawned] Frame spawned
             * @property {eigr.functions.protocol.RequestStatus.$Properties|null} [error] Frame error
             * @property {"register"|"registered"|"invocation"|"result"|"invoke"|"invoked"|"spawn"|"spawned"|"error"} [body] Frame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof spawn_proxy.channel
             * @interface IFrame
             * @augments spawn_proxy.channel.Frame.$Properties
             * @deprecated Use spawn_proxy.channel.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   id?: number|null;
             *   register?: eigr.functions.protocol.RegistrationRequest.$Shape|null;
             *   registered?: eigr.functions.protocol.RegistrationResponse.$Shape|null;
             *   invocation?: eigr.functions.protocol.ActorInvocation.$Shape|null;
             *   result?: eigr.functions.protocol.ActorInvocationResponse.$Shape|null;
             *   invoke?: eigr.functions.protocol.InvocationRequest.$Shape|null;
             *   invoked?: eigr.functions.protocol.InvocationResponse.$Shape|null;
             *   spawn?: eigr.functions.protocol.SpawnRequest.$Shape|null;
             *   spawned?: eigr.functions.protocol.SpawnResponse.$Shape|null;
             *   error?: eigr.functions.protocol.RequestStatus.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; register?: null; registered?: null; invocation?: null; result?: null; invoke?: null; invoked?: null; spawn?: null; spawned?: null; error?: null }|{ body?: "register"; register: eigr.functions.protocol.RegistrationRequest.$Shape; registered?: null; invocation?: null; result?: null; invoke?: null; invoked?: null; spawn?: null; spawned?: null; error?: null }|{ body?: "registered"; register?: null; registered: eigr.functions.protocol.RegistrationResponse.$Shape; invocation?: null; result?: null; invoke?: null; invoked?: null; spawn?: null; spawned?: null; error?: null }|{ body?: "invocation"; register?: null; registered?: null; invocation: eigr.functions.protocol.ActorInvocation.$Shape; result?: null; invoke?: null; invoked?: null; spawn?: null; spawned?: null; error?: null }|{ body?: "result"; register?: null; registered?: null; invocation?: null; result: eigr.functions.protocol.ActorInvocationResponse.$Shape; invoke?: null; invoked?: null; spawn?: null; spawned?: null; error?: null }|{ body?: "invoke"; register?: null; registered?: null; invocation?: null; result?: null; invoke: eigr.functions.protocol.InvocationRequest.$Shape; invoked?: null; spawn?: null; spawned?: null; error?: null }|{ body?: "invoked"; register?: null; registered?: null; invocation?: null; result?: null; invoke?: null; invoked: eigr.functions.protocol.InvocationResponse.$Shape; spawn?: null; spawned?: null; error?: null }|{ body?: "spawn"; register?: null; registered?: null; invocation?: null; result?: null; invoke?: null; invoked?: null; spawn: eigr.functions.protocol.SpawnRequest.$Shape; spawned?: null; error?: null }|{ body?: "spawned"; register?: null; registered?: null; invocation?: null; result?: null; invoke?: null; invoked?: null; spawn?: null; spawned: eigr.functions.protocol.SpawnResponse.$Shape; error?: null }|{ body?: "error"; register?: null; registered?: null; invocation?: null; result?: null; invoke?: null; invoked?: null; spawn?: null; spawned?: null; error: eigr.functions.protocol.RequestStatus.$Shape })
             * )} spawn_proxy.channel.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof spawn_proxy.channel
             * @classdesc Represents a Frame.
             * @constructor
             * @param {spawn_proxy.channel.Frame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Frame = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Frame id.
             * @member {number} id
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Frame register.
             * @member {eigr.functions.protocol.RegistrationRequest.$Properties|null|undefined} register
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.register = null;

            /**
             * Frame registered.
             * @member {eigr.functions.protocol.RegistrationResponse.$Properties|null|undefined} registered
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.registered = null;

            /**
             * Frame invocation.
             * @member {eigr.functions.protocol.ActorInvocation.$Properties|null|undefined} invocation
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.invocation = null;

            /**
             * Frame result.
             * @member {eigr.functions.protocol.ActorInvocationResponse.$Properties|null|undefined} result
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.result = null;

            /**
             * Frame invoke.
             * @member {eigr.functions.protocol.InvocationRequest.$Properties|null|undefined} invoke
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.invoke = null;

            /**
             * Frame invoked.
             * @member {eigr.functions.protocol.InvocationResponse.$Properties|null|undefined} invoked
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.invoked = null;

            /**
             * Frame spawn.
             * @member {eigr.functions.protocol.SpawnRequest.$Properties|null|undefined} spawn
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.spawn = null;

            /**
             * Frame spawned.
             * @member {eigr.functions.protocol.SpawnResponse.$Properties|null|undefined} spawned
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.spawned = null;

            /**
             * Frame error.
             * @member {eigr.functions.protocol.RequestStatus.$Properties|null|undefined} error
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            Frame.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Frame body.
             * @member {"register"|"registered"|"invocation"|"result"|"invoke"|"invoked"|"spawn"|"spawned"|"error"|undefined} body
             * @memberof spawn_proxy.channel.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["register", "registered", "invocation", "result", "invoke", "invoked", "spawn", "spawned", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof spawn_proxy.channel.Frame
             * @static
             * @param {spawn_proxy.channel.Frame.$Properties=} [properties] Properties to set
             * @returns {spawn_proxy.channel.Frame} Frame instance
             * @type {{
             *   (properties: spawn_proxy.channel.Frame.$Shape): spawn_proxy.channel.Frame & spawn_proxy.channel.Frame.$Shape;
             *   (properties?: spawn_proxy.channel.Frame.$Properties): spawn_proxy.channel.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link spawn_proxy.channel.Frame.verify|verify} messages.
             * @function encode
             * @memberof spawn_proxy.channel.Frame
             * @static
             * @param {spawn_proxy.channel.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                    $root.eigr.functions.protocol.RegistrationRequest.encode(message.register, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.registered != null && $Object.hasOwnProperty.call(message, "registered"))
                    $root.eigr.functions.protocol.RegistrationResponse.encode(message.registered, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.invocation != null && $Object.hasOwnProperty.call(message, "invocation"))
                    $root.eigr.functions.protocol.ActorInvocation.encode(message.invocation, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.eigr.functions.protocol.ActorInvocationResponse.encode(message.result, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.invoke != null && $Object.hasOwnProperty.call(message, "invoke"))
                    $root.eigr.functions.protocol.InvocationRequest.encode(message.invoke, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.invoked != null && $Object.hasOwnProperty.call(message, "invoked"))
                    $root.eigr.functions.protocol.InvocationResponse.encode(message.invoked, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.spawn != null && $Object.hasOwnProperty.call(message, "spawn"))
                    $root.eigr.functions.protocol.SpawnRequest.encode(message.spawn, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.spawned != null && $Object.hasOwnProperty.call(message, "spawned"))
                    $root.eigr.functions.protocol.SpawnResponse.encode(message.spawned, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.eigr.functions.protocol.RequestStatus.encode(message.error, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof spawn_proxy.channel.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {spawn_proxy.channel.Frame & spawn_proxy.channel.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.spawn_proxy.channel.Frame();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.register = $root.eigr.functions.protocol.RegistrationRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                            message.body = "register";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.registered = $root.eigr.functions.protocol.RegistrationResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.registered);
                            message.body = "registered";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.invocation = $root.eigr.functions.protocol.ActorInvocation.decode(reader, reader.size(), $undefined, _depth + 1, message.invocation);
                            message.body = "invocation";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.eigr.functions.protocol.ActorInvocationResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            message.body = "result";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.invoke = $root.eigr.functions.protocol.InvocationRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.invoke);
                            message.body = "invoke";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.invoked = $root.eigr.functions.protocol.InvocationResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.invoked);
                            message.body = "invoked";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.spawn = $root.eigr.functions.protocol.SpawnRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.spawn);
                            message.body = "spawn";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.spawned = $root.eigr.functions.protocol.SpawnResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.spawned);
                            message.body = "spawned";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.eigr.functions.protocol.RequestStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof spawn_proxy.channel.Frame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {spawn_proxy.channel.Frame} Frame
             */
            Frame.fromObject = function (object, _depth) {
                if (object instanceof $root.spawn_proxy.channel.Frame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".spawn_proxy.channel.Frame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.spawn_proxy.channel.Frame();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.register != null) {
                    if (!$util.isObject(object.register))
                        throw $TypeError(".spawn_proxy.channel.Frame.register: object expected");
                    message.register = $root.eigr.functions.protocol.RegistrationRequest.fromObject(object.register, _depth + 1);
                }
                if (object.registered != null) {
                    if (!$util.isObject(object.registered))
                        throw $TypeError(".spawn_proxy.channel.Frame.registered: object expected");
                    message.registered = $root.eigr.functions.protocol.RegistrationResponse.fromObject(object.registered, _depth + 1);
                }
                if (object.invocation != null) {
                    if (!$util.isObject(object.invocation))
                        throw $TypeError(".spawn_proxy.channel.Frame.invocation: object expected");
                    message.invocation = $root.eigr.functions.protocol.ActorInvocation.fromObject(object.invocation, _depth + 1);
                }
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".spawn_proxy.channel.Frame.result: object expected");
                    message.result = $root.eigr.functions.protocol.ActorInvocationResponse.fromObject(object.result, _depth + 1);
                }
                if (object.invoke != null) {
                    if (!$util.isObject(object.invoke))
                        throw $TypeError(".spawn_proxy.channel.Frame.invoke: object expected");
                    message.invoke = $root.eigr.functions.protocol.InvocationRequest.fromObject(object.invoke, _depth + 1);
                }
                if (object.invoked != null) {
                    if (!$util.isObject(object.invoked))
                        throw $TypeError(".spawn_proxy.channel.Frame.invoked: object expected");
                    message.invoked = $root.eigr.functions.protocol.InvocationResponse.fromObject(object.invoked, _depth + 1);
                }
                if (object.spawn != null) {
                    if (!$util.isObject(object.spawn))
                        throw $TypeError(".spawn_proxy.channel.Frame.spawn: object expected");
                    message.spawn = $root.eigr.functions.protocol.SpawnRequest.fromObject(object.spawn, _depth + 1);
                }
                if (object.spawned != null) {
                    if (!$util.isObject(object.spawned))
                        throw $TypeError(".spawn_proxy.channel.Frame.spawned: object expected");
                    message.spawned = $root.eigr.functions.protocol.SpawnResponse.fromObject(object.spawned, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".spawn_proxy.channel.Frame.error: object expected");
                    message.error = $root.eigr.functions.protocol.RequestStatus.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof spawn_proxy.channel.Frame
             * @static
             * @param {spawn_proxy.channel.Frame} message Frame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.register != null && $Object.hasOwnProperty.call(message, "register")) {
                    object.register = $root.eigr.functions.protocol.RegistrationRequest.toObject(message.register, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "register";
                }
                if (message.registered != null && $Object.hasOwnProperty.call(message, "registered")) {
                    object.registered = $root.eigr.functions.protocol.RegistrationResponse.toObject(message.registered, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registered";
                }
                if (message.invocation != null && $Object.hasOwnProperty.call(message, "invocation")) {
                    object.invocation = $root.eigr.functions.protocol.ActorInvocation.toObject(message.invocation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "invocation";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = $root.eigr.functions.protocol.ActorInvocationResponse.toObject(message.result, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "result";
                }
                if (message.invoke != null && $Object.hasOwnProperty.call(message, "invoke")) {
                    object.invoke = $root.eigr.functions.protocol.InvocationRequest.toObject(message.invoke, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "invoke";
                }
                if (message.invoked != null && $Object.hasOwnProperty.call(message, "invoked")) {
                    object.invoked = $root.eigr.functions.protocol.InvocationResponse.toObject(message.invoked, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "invoked";
                }
                if (message.spawn != null && $Object.hasOwnProperty.call(message, "spawn")) {
                    object.spawn = $root.eigr.functions.protocol.SpawnRequest.toObject(message.spawn, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "spawn";
                }
                if (message.spawned != null && $Object.hasOwnProperty.call(message, "spawned")) {
                    object.spawned = $root.eigr.functions.protocol.SpawnResponse.toObject(message.spawned, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "spawned";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.eigr.functions.protocol.RequestStatus.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                return object;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof spawn_proxy.channel.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof spawn_proxy.channel.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/spawn_proxy.channel.Frame";
            };

            return Frame;
        })();

        return channel;
    })();

    return spawn_proxy;
})();

module.exports = $root;
