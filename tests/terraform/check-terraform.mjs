#!/usr/bin/env node
// Validates Terraform root modules written by Infra Studio against third-party tools only:
//  - every *.tf file is parsed by HashiCorp's HCL parser (@cdktf/hcl2json, the Go hclsyntax
//    parser compiled to WebAssembly);
//  - every resource and data source type, argument and nested block exists in the AWS
//    provider schema shipped with @cdktf/provider-aws (its JSII type system, generated from
//    `terraform providers schema -json` of the provider version it names), arguments are not
//    written as blocks nor blocks as arguments, and required arguments and blocks are present;
//  - every var., local., data., ephemeral. and resource reference (found by hcl2json's own
//    expression walker) resolves to a declaration, and resource attributes exist in the schema;
//  - ephemeral values (ephemeral resources, ephemeral variables) reach a managed resource only
//    through a write-only argument (`*_wo`), as Terraform requires: they are never stored.
//
// Usage: node check-terraform.mjs [--quiet] DIR...   (each DIR is one root module)
// Exit status: 0 when every module is valid, 1 on findings, 2 on usage or setup errors.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const hcl = require('@cdktf/hcl2json');

const PROVIDER_DIR = path.join(here, 'node_modules', '@cdktf', 'provider-aws');

// ---------------------------------------------------------------------------------------
// The provider schema, taken from the JSII assembly of @cdktf/provider-aws.

function snake(name) {
    return name.replace(/([A-Z])/g, '_$1').toLowerCase();
}

function tfNameOf(prop) {
    const docs = `${prop.docs?.summary ?? ''} ${prop.docs?.remarks ?? ''}`;
    const m = docs.match(/registry\.terraform\.io\/providers\/hashicorp\/aws\/[^\s#}]+#([A-Za-z0-9_]+)[\s}]/);
    return m ? m[1] : snake(prop.name);
}

// The struct a property refers to (directly, or as the element of a list/set), if any.
function structOf(type, types) {
    if (!type) return null;
    if (type.fqn && types[type.fqn]?.kind === 'interface' && types[type.fqn]?.datatype) return type.fqn;
    if (type.collection) return structOf(type.collection.elementtype, types);
    if (type.union) {
        for (const t of type.union.types) {
            const s = structOf(t, types);
            if (s) return s;
        }
    }
    return null;
}

function loadSchema() {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROVIDER_DIR, 'package.json'), 'utf8'));
    const cacheDir = path.join(here, 'node_modules', '.cache');
    const cacheFile = path.join(cacheDir, `aws-schema-${pkg.version}.json`);
    if (fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, 'utf8'));

    const assembly = JSON.parse(fs.readFileSync(path.join(PROVIDER_DIR, '.jsii'), 'utf8'));
    const types = assembly.types;
    const structs = {};
    const structName = (fqn) => fqn.replace('@cdktf/provider-aws.', '');
    const addStruct = (fqn) => {
        const key = structName(fqn);
        if (structs[key]) return key;
        structs[key] = {}; // placeholder against recursion
        const props = {};
        // Interfaces may extend other structs (rare in generated code, but follow them).
        const chain = [fqn, ...(types[fqn].interfaces ?? []).filter((i) => types[i]?.datatype)];
        for (const f of chain) {
            for (const p of types[f].properties ?? []) {
                const sub = structOf(p.type, types);
                const summary = p.docs?.summary ?? '';
                props[tfNameOf(p)] = {
                    required: !p.optional,
                    block: / block\.?$/.test(summary) || /^[a-z0-9_]+ block\.?$/.test(summary),
                    struct: sub ? addStruct(sub) : null,
                };
            }
        }
        structs[key] = props;
        return key;
    };

    const resources = {};
    const dataSources = {};
    let provider = null;
    let providerVersion = null;
    for (const t of Object.values(types)) {
        if (t.kind !== 'class') continue;
        const summary = t.docs?.summary ?? '';
        const link = summary.match(/registry\.terraform\.io\/providers\/hashicorp\/aws\/([0-9.]+)\/docs(?:\/(resources|data-sources)\/[a-z0-9_]+)? (aws(?:_[a-z0-9_]+)?)\}/);
        if (!link) continue;
        const config = t.initializer?.parameters?.find((p) => p.name === 'config')?.type?.fqn;
        if (!config || !types[config]) continue;
        providerVersion = link[1];
        // Readable attributes: the arguments plus the computed getters of the class.
        const attributes = new Set();
        for (const p of t.properties ?? []) {
            if (p.static || p.name.endsWith('Input')) continue;
            attributes.add(snake(p.name));
        }
        const entry = { config: addStruct(config), attributes: [...attributes] };
        if (t.base === 'cdktf.TerraformResource') resources[link[3]] = entry;
        else if (t.base === 'cdktf.TerraformDataSource') dataSources[link[3]] = entry;
        else if (t.base === 'cdktf.TerraformProvider') provider = entry;
    }
    for (const e of [...Object.values(resources), ...Object.values(dataSources)]) {
        for (const name of Object.keys(structs[e.config])) e.attributes.push(name);
        e.attributes = [...new Set(e.attributes)].sort();
    }
    const schema = { packageVersion: pkg.version, providerVersion, provider, resources, dataSources, structs };
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(schema));
    return schema;
}

// ---------------------------------------------------------------------------------------
// Checking one root module.

const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle']);
const LIFECYCLE_ARGUMENTS = new Set(['create_before_destroy', 'prevent_destroy', 'ignore_changes', 'replace_triggered_by', 'precondition', 'postcondition']);
const TOP_LEVEL = new Set(['terraform', 'provider', 'variable', 'locals', 'resource', 'data', 'ephemeral', 'output', 'module', 'moved', 'import', 'check', 'removed']);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isBlockList = (v) => Array.isArray(v) && v.every(isObject);

class ModuleChecker {
    constructor(schema, dir) {
        this.schema = schema;
        this.dir = dir;
        this.errors = [];
        this.counts = { files: 0, resources: 0, dataSources: 0, ephemeralResources: 0, references: 0 };
        this.variables = new Set();
        this.locals = new Set();
        this.resources = new Map(); // "aws_vpc.main" → type
        this.dataSources = new Map();
        this.ephemerals = new Map(); // "ephemeral.aws_x.y" → type
        this.ephemeralVariables = new Set();
        this.expressions = []; // [file, where, expression]
        this.providerAliases = new Set();
    }

    error(file, where, message) {
        this.errors.push(`${path.join(this.dir, file)}: ${where}: ${message}`);
    }

    // Arguments and nested blocks of `body` against the schema struct `structKey`.
    checkBody(file, where, body, structKey, topLevel) {
        const struct = this.schema.structs[structKey];
        for (const [key, value] of Object.entries(body)) {
            if (topLevel && META_ARGUMENTS.has(key)) {
                if (key === 'lifecycle') this.checkLifecycle(file, where, value, structKey);
                continue;
            }
            if (key === 'dynamic') {
                for (const [name, blocks] of Object.entries(value)) {
                    const prop = struct[name];
                    if (!prop || !prop.struct) this.error(file, where, `dynamic "${name}": no such block`);
                    else for (const b of blocks) for (const c of b.content ?? []) this.checkBody(file, `${where}.${name}`, c, prop.struct, false);
                }
                continue;
            }
            const prop = struct[key];
            if (!prop) {
                this.error(file, where, `unsupported argument or block "${key}"`);
                continue;
            }
            if (prop.block) {
                if (!isBlockList(value)) {
                    this.error(file, where, `"${key}" is a block, not an argument`);
                    continue;
                }
                // @cdktf/provider-aws types some recursive blocks as `any` (struct null, e.g.
                // aws_wafv2_web_acl's rule.statement): their contents cannot be checked here.
                if (prop.struct) for (const b of value) this.checkBody(file, `${where}.${key}`, b, prop.struct, false);
            } else if (prop.struct === null && isBlockList(value) && value.length > 0) {
                // A primitive, list of primitives or map written as `key { … }`.
                this.error(file, where, `"${key}" is an argument, not a block`);
            }
        }
        const present = new Set(Object.keys(body));
        if (body.dynamic) for (const name of Object.keys(body.dynamic)) present.add(name);
        for (const [name, prop] of Object.entries(struct)) {
            if (prop.required && !present.has(name)) this.error(file, where, `missing required ${prop.block ? 'block' : 'argument'} "${name}"`);
        }
    }

    checkLifecycle(file, where, value, structKey) {
        for (const block of Array.isArray(value) ? value : [value]) {
            for (const [key, v] of Object.entries(block)) {
                if (!LIFECYCLE_ARGUMENTS.has(key)) this.error(file, where, `lifecycle: unsupported argument "${key}"`);
                if (key === 'ignore_changes' && typeof v === 'string') {
                    for (const name of v.replace(/^\$\{\[?|\]?\}$/g, '').split(',').map((s) => s.trim()).filter(Boolean)) {
                        if (name !== 'all' && !this.schema.structs[structKey][name.split(/[.[]/)[0]])
                            this.error(file, where, `lifecycle.ignore_changes: "${name}" is not an argument`);
                    }
                }
            }
        }
    }

    collectExpressions(file, where, value) {
        if (typeof value === 'string') {
            if (value.includes('${')) this.expressions.push([file, where, value]);
        } else if (Array.isArray(value)) {
            value.forEach((v, i) => this.collectExpressions(file, `${where}[${i}]`, v));
        } else if (isObject(value)) {
            for (const [k, v] of Object.entries(value)) {
                if (k === 'lifecycle') continue; // ignore_changes names arguments, checked above
                this.collectExpressions(file, `${where}.${k}`, v);
            }
        }
    }

    async parseFiles() {
        const files = fs.readdirSync(this.dir).filter((f) => f.endsWith('.tf')).sort();
        if (files.length === 0) this.error('.', 'module', 'no .tf files');
        const parsed = [];
        for (const file of files) {
            this.counts.files++;
            const text = fs.readFileSync(path.join(this.dir, file), 'utf8');
            try {
                parsed.push([file, await hcl.parse(file, text)]);
            } catch (e) {
                this.error(file, 'parse', String(e?.message ?? e));
            }
        }
        return parsed;
    }

    async check() {
        const parsed = await this.parseFiles();
        // Declarations first, so references across files resolve.
        for (const [file, doc] of parsed) {
            for (const key of Object.keys(doc)) if (!TOP_LEVEL.has(key)) this.error(file, key, 'unknown top-level block');
            for (const [name, blocks] of Object.entries(doc.variable ?? {})) {
                if (this.variables.has(name)) this.error(file, `variable.${name}`, 'declared twice');
                this.variables.add(name);
                if (blocks.some((b) => b.ephemeral === true)) this.ephemeralVariables.add(name);
            }
            for (const block of doc.locals ?? []) for (const name of Object.keys(block)) {
                if (this.locals.has(name)) this.error(file, `local.${name}`, 'declared twice');
                this.locals.add(name);
            }
            for (const [type, byName] of Object.entries(doc.resource ?? {})) for (const name of Object.keys(byName)) {
                const id = `${type}.${name}`;
                if (this.resources.has(id)) this.error(file, id, 'declared twice');
                this.resources.set(id, type);
            }
            for (const [type, byName] of Object.entries(doc.data ?? {})) for (const name of Object.keys(byName)) {
                const id = `data.${type}.${name}`;
                if (this.dataSources.has(id)) this.error(file, id, 'declared twice');
                this.dataSources.set(id, type);
            }
            for (const [type, byName] of Object.entries(doc.ephemeral ?? {})) for (const name of Object.keys(byName)) {
                const id = `ephemeral.${type}.${name}`;
                if (this.ephemerals.has(id)) this.error(file, id, 'declared twice');
                this.ephemerals.set(id, type);
            }
        }
        for (const [file, doc] of parsed) {
            for (const [name, blocks] of Object.entries(doc.provider ?? {})) {
                if (name !== 'aws') { this.error(file, `provider.${name}`, 'only the aws provider is expected'); continue; }
                for (const b of blocks) this.checkBody(file, 'provider.aws', b, this.schema.provider.config, true);
                for (const b of blocks) if (typeof b.alias === 'string') this.providerAliases.add(b.alias);
                this.collectExpressions(file, 'provider.aws', blocks);
            }
            for (const [kind, table, counter] of [['resource', this.schema.resources, 'resources'], ['data', this.schema.dataSources, 'dataSources'],
                                                  ['ephemeral', this.schema.ephemeralResources, 'ephemeralResources']]) {
                const label = { resource: 'resource', data: 'data source', ephemeral: 'ephemeral resource' }[kind];
                for (const [type, byName] of Object.entries(doc[kind] ?? {})) {
                    const entry = table[type];
                    for (const [name, blocks] of Object.entries(byName)) {
                        const where = `${kind === 'resource' ? '' : `${kind}.`}${type}.${name}`;
                        this.counts[counter]++;
                        if (!entry) { this.error(file, where, `unknown ${label} type "${type}"`); continue; }
                        for (const b of blocks) this.checkBody(file, where, b, entry.config, true);
                        this.collectExpressions(file, where, blocks);
                    }
                }
            }
            // A variable's `type` is a type constraint, not an expression with references.
            for (const [name, blocks] of Object.entries(doc.variable ?? {})) {
                for (const b of blocks) {
                    const { type, ...rest } = b;
                    this.collectExpressions(file, `variable.${name}`, rest);
                }
            }
            for (const [name, blocks] of Object.entries(doc.output ?? {})) this.collectExpressions(file, `output.${name}`, blocks);
            for (const block of doc.locals ?? []) this.collectExpressions(file, 'locals', block);
        }
        for (const [file, where, expression] of this.expressions) {
            let refs;
            try {
                refs = await hcl.getReferencesInExpression(file, expression);
            } catch (e) {
                this.error(file, where, `expression does not parse: ${expression}: ${e?.message ?? e}`);
                continue;
            }
            for (const ref of refs) {
                this.counts.references++;
                this.resolve(file, where, ref.value);
            }
        }
        return this.errors;
    }

    // Terraform stores no ephemeral value: in a managed resource it may only feed a write-only
    // argument (https://developer.hashicorp.com/terraform/language/manage-sensitive-data/ephemeral).
    checkEphemeralUse(file, where, ref) {
        if (where.startsWith('ephemeral.') || where.startsWith('locals') || where.startsWith('provider.')) return;
        const argument = where.match(/^[a-z0-9_]+\.[a-z0-9_]+\[\d+\]\.([a-z0-9_]+)/);
        if (where.startsWith('data.') || where.startsWith('output.') || !argument || !argument[1].endsWith('_wo'))
            this.error(file, where, `ephemeral value "${ref}" outside a write-only argument would be stored`);
    }

    resolve(file, where, ref) {
        // aws_x.y[0].arn arrives as aws_x.y.0.arn: an index is not an attribute.
        const parts = ref.replace(/\[[^\]]*\]/g, '').split('.').filter((p) => !/^[0-9]+$/.test(p));
        const [root] = parts;
        if (root === 'ephemeral' || (root === 'var' && this.ephemeralVariables.has(parts[1]))) this.checkEphemeralUse(file, where, ref);
        if (root === 'var') {
            if (!this.variables.has(parts[1])) this.error(file, where, `reference to undeclared variable "${ref}"`);
        } else if (root === 'local') {
            if (!this.locals.has(parts[1])) this.error(file, where, `reference to undeclared local "${ref}"`);
        } else if (root === 'data') {
            const id = `data.${parts[1]}.${parts[2]}`;
            const type = this.dataSources.get(id);
            if (!type) this.error(file, where, `reference to undeclared data source "${ref}"`);
            else if (parts[3] && !this.schema.dataSources[type]?.attributes.includes(parts[3]))
                this.error(file, where, `data source ${type} has no attribute "${parts[3]}" (${ref})`);
        } else if (root === 'ephemeral') {
            const id = `ephemeral.${parts[1]}.${parts[2]}`;
            const type = this.ephemerals.get(id);
            if (!type) this.error(file, where, `reference to undeclared ephemeral resource "${ref}"`);
            else if (parts[3] && !this.schema.ephemeralResources[type]?.attributes.includes(parts[3]))
                this.error(file, where, `ephemeral resource ${type} has no attribute "${parts[3]}" (${ref})`);
        } else if (root === 'aws' && this.providerAliases.has(parts[1])) {
            // provider = aws.<alias>
        } else if (root === 'count' || root === 'each' || root === 'path' || root === 'terraform' || root === 'self') {
            // language-level references
        } else if (/^(aws|random)_/.test(root)) {
            const id = `${parts[0]}.${parts[1]}`;
            const type = this.resources.get(id);
            if (!type) this.error(file, where, `reference to undeclared resource "${ref}"`);
            else if (parts[2] && !this.schema.resources[type]?.attributes.includes(parts[2]))
                this.error(file, where, `resource ${type} has no attribute "${parts[2]}" (${ref})`);
        } else {
            this.error(file, where, `unresolvable reference "${ref}"`);
        }
    }
}

// ---------------------------------------------------------------------------------------

// hashicorp/random's random_password, the one resource of another provider the module uses
// (the secret origin header between CloudFront and the load balancer). Its schema, from
// https://registry.terraform.io/providers/hashicorp/random/3.6.3/docs/resources/password
// (read 2026-12-03), is not part of @cdktf/provider-aws.
function addRandomPassword(schema) {
    const optional = { required: false, block: false, struct: null };
    const config = { length: { required: true, block: false, struct: null } };
    for (const name of ['keepers', 'lower', 'min_lower', 'min_numeric', 'min_special', 'min_upper', 'numeric', 'override_special', 'special', 'upper'])
        config[name] = optional;
    schema.structs['random.Password'] = config;
    schema.resources.random_password = {
        config: 'random.Password',
        attributes: [...Object.keys(config), 'bcrypt_hash', 'id', 'result'].sort(),
    };
}

// Ephemeral resources are not part of the JSII assembly (CDKTF has no ephemeral blocks). The
// ones the module uses, from the provider documentation: aws_secretsmanager_random_password
// (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/ephemeral-resources/secretsmanager_random_password,
// read 2026-12-03; AWS provider >= 5.x, so within ~> 6.0).
function addEphemeralResources(schema) {
    const optional = { required: false, block: false, struct: null };
    const config = {};
    for (const name of ['region', 'exclude_characters', 'exclude_lowercase', 'exclude_numbers', 'exclude_punctuation',
        'exclude_uppercase', 'include_space', 'password_length', 'require_each_included_type'])
        config[name] = optional;
    schema.structs['ephemeral.SecretsmanagerRandomPassword'] = config;
    schema.ephemeralResources = {
        aws_secretsmanager_random_password: {
            config: 'ephemeral.SecretsmanagerRandomPassword',
            attributes: [...Object.keys(config), 'random_password'].sort(),
        },
    };
}

async function main() {
    const args = process.argv.slice(2);
    const quiet = args.includes('--quiet');
    const dirs = args.filter((a) => a !== '--quiet');
    if (dirs.length === 0) {
        console.error('usage: check-terraform.mjs [--quiet] DIR...');
        process.exit(2);
    }
    if (!fs.existsSync(path.join(PROVIDER_DIR, '.jsii'))) {
        console.error(`missing ${PROVIDER_DIR}: run "npm ci --prefix ${here}"`);
        process.exit(2);
    }
    const schema = loadSchema();
    addRandomPassword(schema);
    addEphemeralResources(schema);
    console.log(`AWS provider schema ${schema.providerVersion} (@cdktf/provider-aws ${schema.packageVersion}): ` +
        `${Object.keys(schema.resources).length} resource types, ${Object.keys(schema.dataSources).length} data sources`);
    let failed = 0;
    for (const dir of dirs) {
        const checker = new ModuleChecker(schema, dir);
        const errors = await checker.check();
        const c = checker.counts;
        if (errors.length) {
            failed++;
            console.log(`FAIL ${dir}: ${errors.length} problem(s)`);
            for (const e of errors) console.log(`  ${e}`);
        } else if (!quiet) {
            console.log(`ok   ${dir}: ${c.files} files, ${c.resources} resources, ${c.dataSources} data sources, ${c.ephemeralResources} ephemeral resources, ${c.references} references`);
        }
    }
    console.log(`${dirs.length - failed}/${dirs.length} modules valid`);
    process.exit(failed ? 1 : 0);
}

main().catch((e) => {
    console.error(e);
    process.exit(2);
});
