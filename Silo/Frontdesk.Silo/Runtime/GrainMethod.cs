using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Frontdesk.Silo.Runtime;

/// <summary>How to call one grain interface method: a compiled delegate per method, built once.</summary>
internal abstract class GrainMethod
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethod> Cache = new();

    public static GrainMethod For(MethodInfo method) => Cache.GetOrAdd(method, Create);

    /// <summary>Queues the call on the grain's activation; returns the caller's Task.</summary>
    public abstract object Invoke(Catalog catalog, GrainId id, GrainRegistration registration, object?[]? args);

    /// <summary>Throws when an interface method cannot be a grain method.</summary>
    public static void Validate(MethodInfo method)
    {
        if (method.ReturnType == typeof(Task)) return;
        if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)) return;
        throw new NotSupportedException(
            $"Grain method {method.DeclaringType?.FullName}.{method.Name} returns {method.ReturnType.Name}; grain methods return Task or Task<T>.");
    }

    private static GrainMethod Create(MethodInfo method)
    {
        Validate(method);
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters()
            .Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        if (method.ReturnType == typeof(Task))
            return new Void(Expression.Lambda<Func<object, object?[]?, Task>>(call, grain, args).Compile(), method.Name);
        var resultType = method.ReturnType.GetGenericArguments()[0];
        var delegateType = typeof(Func<,,>).MakeGenericType(typeof(object), typeof(object?[]), method.ReturnType);
        var compiled = Expression.Lambda(delegateType, call, grain, args).Compile();
        return (GrainMethod)Activator.CreateInstance(typeof(Valued<>).MakeGenericType(resultType), compiled, method.Name)!;
    }

    private sealed class Valued<T>(Func<object, object?[]?, Task<T>> invoker, string name) : GrainMethod
    {
        public override object Invoke(Catalog catalog, GrainId id, GrainRegistration registration, object?[]? args) =>
            catalog.Invoke(id, registration, invoker, args, name);
    }

    private sealed class Void(Func<object, object?[]?, Task> invoker, string name) : GrainMethod
    {
        private static readonly Task<bool> Done = Task.FromResult(true);

        private readonly Func<object, object?[]?, Task<bool>> _adapted = (grain, args) =>
        {
            var task = invoker(grain, args);
            return task.IsCompletedSuccessfully ? Done : AwaitAsync(task);
        };

        private static async Task<bool> AwaitAsync(Task task)
        {
            await task;
            return true;
        }

        public override object Invoke(Catalog catalog, GrainId id, GrainRegistration registration, object?[]? args) =>
            catalog.Invoke(id, registration, _adapted, args, name);
    }
}
