using System.Reflection;
using System.Reflection.Emit;

namespace Flowwatch.Tests.Architecture;

/// <summary>
/// The types a type uses: in its signatures and, by walking the IL of its methods, in its code.
/// Enough to check which stage of the pipeline depends on which.
/// </summary>
internal static class TypeDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (Type i in type.GetInterfaces())
        {
            Add(found, i);
        }

        foreach (FieldInfo f in type.GetFields(All))
        {
            Add(found, f.FieldType);
        }

        foreach (PropertyInfo p in type.GetProperties(All))
        {
            Add(found, p.PropertyType);
        }

        foreach (MethodBase m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Add(found, mi.ReturnType);
            }

            foreach (ParameterInfo p in m.GetParameters())
            {
                Add(found, p.ParameterType);
            }

            foreach (MemberInfo used in InCode(m))
            {
                Add(found, used as Type ?? used.DeclaringType);
            }
        }

        foreach (Type nested in type.GetNestedTypes(All))
        {
            found.UnionWith(Of(nested));
        }

        return found;
    }

    /// <summary>The methods, fields and types the code of <paramref name="type"/> (and of its nested types) refers to.</summary>
    public static IEnumerable<MemberInfo> MembersUsed(Type type)
    {
        foreach (MethodBase m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            foreach (MemberInfo used in InCode(m))
            {
                yield return used;
            }
        }

        foreach (Type nested in type.GetNestedTypes(All))
        {
            foreach (MemberInfo used in MembersUsed(nested))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<MemberInfo> InCode(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        Module module = method.Module;
        Type[]? typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? unchecked((short)(0xFE00 | il[at + 1])) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out OpCode op))
            {
                yield break;
            }

            int size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, at);
                MemberInfo? member = null;
                try
                {
                    member = module.ResolveMember(token, typeArgs, methodArgs);
                }
                catch (ArgumentException)
                {
                }

                if (member is not null)
                {
                    yield return member;
                }
            }

            at += size;
        }
    }

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || !found.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
        }

        if (type.IsGenericType)
        {
            foreach (Type arg in type.GetGenericArguments())
            {
                Add(found, arg);
            }
        }
    }
}
