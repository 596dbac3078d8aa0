// @ts-check
/**
 * typedoc plugin: documents the members typedoc synthesises from zod's own types.
 *
 * A zod schema constant such as `DirectionSchema` has the type
 * `ZodEnum<{ benefit: "benefit"; ... }>`; typedoc renders that type argument as an
 * object with one property per value, declared by zod's mapped types (in
 * node_modules, or synthesised with no declaration at all), where no comment can be written. With `notDocumented` validation
 * each would be a warning. This plugin gives such members (declared only outside
 * the project, with no comment of their own) a one-line comment naming their
 * value, so validation still flags every undocumented member the project declares.
 */
import { Comment, Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.comment) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declarations = symbol?.declarations ?? [];
    const external = declarations.every((d) => d.getSourceFile().fileName.includes('/node_modules/'));
    if (!external) return;
    const type = reflection.type;
    const text =
      type && type.type === 'literal'
        ? `The value \`${JSON.stringify(type.value)}\`.`
        : `\`${reflection.name}\`, as zod defines it.`;
    reflection.comment = new Comment([{ kind: 'text', text }]);
  });
}
